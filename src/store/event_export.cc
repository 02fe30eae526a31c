// Streaming events (see event_export.h). Unfolded, the statement is
// QueryEvents' own, read one row at a time. Folded, SQLite does the part
// that needs every row: a window over each copy group's reports of an
// event (source, target, code) gives them one date, the best report's
// (dated first, then the original's), as FoldCopies' first step; the rows
// are then sorted by (that date, source, target, code, group, article), so
// every report of one event comes together, its groups and articles
// adjacent: the fold here counts them with one row of state.
#include "store/event_export.h"

#include "store/event_rows.h"

namespace dyad::store {
namespace {

// Extra columns after the sentence (35): the article's outlet, url, title
// and ingest time, the event's row id, then with folding the copy group,
// the group's date for the event and the report's rank.
constexpr int kOutlet = 35, kRow = 39, kGroup = 40, kGroupDate = 41, kRank = 42;

}  // namespace

std::string EventStreamSql(const EventStream& stream, const std::string& where) {
  const EventFilter& f = stream.filter;
  std::string select = "SELECT " + std::string(EventColumns()) + ", " +
                       std::string(SentenceColumn(f.with_sentence_text)) +
                       ", a.outlet, a.url, a.title, a.ingested_at, e.rowid AS event_row";
  const std::string from =
      " FROM events e JOIN articles a ON a.rowid = e.article "
      "JOIN coder_runs r ON r.rowid = e.coder_run";
  std::string sql;
  if (!stream.fold_copies) {
    sql = select + from + " WHERE 1" + where + " ORDER BY e.date, a.id, e.ordinal";
  } else {
    const std::string group = "coalesce(g.original, e.article)";
    const std::string rank = "((e.date > 0) * 2 + (g.original IS NULL OR g.original = e.article))";
    sql = "SELECT * FROM (" + select + ", " + group + " AS fold_group, first_value(e.date) OVER " +
          "(PARTITION BY " + group + ", e.source, e.target, e.code ORDER BY " + rank +
          " DESC, e.date, e.rowid) AS fold_date, " + rank + " AS fold_rank" + from +
          " LEFT JOIN article_groups g ON g.article = e.article WHERE 1" + where +
          ") ORDER BY fold_date, source, target, code, fold_group, id, ordinal";
  }
  if (f.limit > 0 && !stream.fold_copies) sql += " LIMIT " + std::to_string(f.limit);
  return sql;
}

Status VisitEventRows(Database& db, const EventStream& stream, int64_t article_rowid,
                      const EventVisitor& visit) {
  auto where = BuildEventWhere(stream.filter, article_rowid);
  if (!where.ok()) return where.status();
  auto st = db.Prepare(EventStreamSql(stream, where->sql));
  if (!st.ok()) return st.status();
  BindEventParams(*where, &*st);
  const uint32_t limit = stream.filter.limit;
  uint64_t visited = 0;
  // Folding: the event being gathered, and the group and article of its
  // last report (reports of one event come sorted by group, then article).
  bool open = false;
  int best_rank = -1;
  int64_t last_group = -1;
  std::string last_article;
  StreamedEvent current;
  auto flush = [&]() -> bool {
    if (!open) return true;
    open = false;
    ++visited;
    return visit(current) && (limit == 0 || visited < limit);
  };
  while (st->Step()) {
    StreamedEvent row;
    ReadEventRow(*st, &row.event);
    row.outlet = st->Text(kOutlet);
    row.url = st->Text(kOutlet + 1);
    row.title = st->Text(kOutlet + 2);
    row.ingested_at = st->Text(kOutlet + 3);
    row.row = st->Int(kRow);
    if (!stream.fold_copies) {
      ++visited;
      if (!visit(row)) break;
      continue;
    }
    const int64_t group = st->Int(kGroup);
    const int32_t group_date = static_cast<int32_t>(st->Int(kGroupDate));
    const int rank = static_cast<int>(st->Int(kRank));
    row.event.date = group_date;  // a copy reports its group's event
    const StoredEvent& e = row.event;
    const StoredEvent& c = current.event;
    const bool same = open && c.date == e.date && c.source.code == e.source.code &&
                      c.target.code == e.target.code && c.code == e.code;
    if (!same) {
      if (!flush()) break;
      std::string article = e.article;
      current = std::move(row);
      current.sources = current.articles = current.reports = 1;
      open = true;
      best_rank = rank;
      last_group = group;
      last_article = std::move(article);
      continue;
    }
    ++current.reports;
    if (group != last_group) ++current.sources;
    if (group != last_group || e.article != last_article) ++current.articles;
    last_group = group;
    last_article = e.article;
    if (rank > best_rank) {
      const uint32_t sources = current.sources, articles = current.articles,
                     reports = current.reports;
      current = std::move(row);
      current.sources = sources;
      current.articles = articles;
      current.reports = reports;
      best_rank = rank;
    }
  }
  if (!st->status().ok()) return st->status();
  flush();
  return Status::OK();
}

}  // namespace dyad::store
