// The events table (see event_rows.h): an article's events are replaced as a
// whole, so writing them twice leaves one copy; filters become range
// constraints on indexed columns ("CHN" -> source >= 'CHN' AND source < 'CHO')
// so that every filtered query is an index search, never a table scan.
#include "store/event_rows.h"

#include <string_view>

namespace dyad::store {
namespace {

std::string JoinLines(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& s : items) {
    if (!out.empty()) out += '\n';
    out += s;
  }
  return out;
}

std::vector<std::string> SplitLines(std::string_view s) {
  std::vector<std::string> out;
  while (!s.empty()) {
    size_t nl = s.find('\n');
    out.emplace_back(s.substr(0, nl));
    if (nl == std::string_view::npos) break;
    s.remove_prefix(nl + 1);
  }
  return out;
}

constexpr std::string_view kColumns =
    "a.id, e.ordinal, e.sentence, e.date, "
    "e.source, e.source_country, e.source_agent, e.source_name, e.source_begin, e.source_end, "
    "e.source_entries, "
    "e.target, e.target_country, e.target_agent, e.target_name, e.target_begin, e.target_end, "
    "e.target_entries, "
    "e.code, e.root, e.quad_class, e.goldstein, e.verb_begin, e.verb_end, e.sentence_begin, "
    "e.sentence_end, e.verb_entry, e.pattern_entry, e.paired, e.intent, e.asserted_code, "
    "r.fingerprint, e.quote, e.rule";

void ReadActor(const Statement& st, int at, StoredActor* a) {
  a->code = st.Text(at);
  a->country = st.Text(at + 1);
  a->agent = st.Text(at + 2);
  a->name = st.Text(at + 3);
  a->span.begin = static_cast<uint32_t>(st.Int(at + 4));
  a->span.end = static_cast<uint32_t>(st.Int(at + 5));
  a->entries = SplitLines(st.Text(at + 6));
}

}  // namespace

std::string_view EventColumns() {
  return kColumns;
}

void ReadEventRow(const Statement& st, StoredEvent* e) {
  e->article = st.Text(0);
  e->ordinal = static_cast<uint32_t>(st.Int(1));
  e->sentence = static_cast<uint32_t>(st.Int(2));
  e->date = static_cast<int32_t>(st.Int(3));
  ReadActor(st, 4, &e->source);
  ReadActor(st, 11, &e->target);
  e->code = st.Text(18);
  e->root = st.Text(19);
  e->quad_class = static_cast<int>(st.Int(20));
  e->goldstein = st.Double(21);
  e->verb = {static_cast<uint32_t>(st.Int(22)), static_cast<uint32_t>(st.Int(23))};
  e->sentence_span = {static_cast<uint32_t>(st.Int(24)), static_cast<uint32_t>(st.Int(25))};
  e->verb_entry = st.Text(26);
  e->pattern_entry = st.Text(27);
  e->paired = st.Int(28) != 0;
  e->intent = st.Int(29) != 0;
  e->asserted_code = st.Text(30);
  e->coder_run = st.Text(31);
  e->quote = st.IsNull(32) ? -1 : static_cast<int32_t>(st.Int(32));
  e->rule = st.Text(33);
  e->sentence_text = std::string(st.Blob(34));
}

std::string_view SentenceColumn(bool with_text) {
  return with_text ? "substr(CAST(a.text AS BLOB), e.sentence_begin + 1, "
                     "e.sentence_end - e.sentence_begin)"
                   : "NULL";
}

void BindEventParams(const EventQuery& q, Statement* st) {
  int index = 1;
  for (const std::string& t : q.text_params) st->Bind(index++, t);
  for (int64_t v : q.int_params) st->Bind(index++, v);
}

std::string PrefixEnd(std::string prefix) {
  prefix.back() = static_cast<char>(prefix.back() + 1);
  return prefix;
}

bool IsCodeText(std::string_view s, bool digits_only) {
  if (s.empty() || s.size() > 32) return false;
  for (char c : s) {
    bool digit = c >= '0' && c <= '9';
    bool upper = c >= 'A' && c <= 'Z';
    if (!digit && !(upper && !digits_only)) return false;
  }
  return true;
}

Status EventWriter::Prepare(Database& db) {
  db_ = &db;
  struct {
    Statement* stmt;
    const char* sql;
  } const statements[] = {
      {&find_run_, "SELECT rowid FROM coder_runs WHERE fingerprint = ?1"},
      {&insert_run_,
       "INSERT INTO coder_runs (fingerprint, dictionaries, first_used) VALUES (?1, ?2, ?3)"},
      {&delete_, "DELETE FROM events WHERE article = ?1"},
      {&insert_,
       "INSERT INTO events (article, ordinal, sentence, date, source, source_country, "
       "source_agent, source_name, source_begin, source_end, source_entries, target, "
       "target_country, target_agent, target_name, target_begin, target_end, target_entries, "
       "code, root, quad_class, goldstein, verb_begin, verb_end, sentence_begin, sentence_end, "
       "verb_entry, pattern_entry, paired, intent, asserted_code, coder_run, quote, rule) VALUES "
       "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, "
       "?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28, ?29, ?30, ?31, ?32, ?33, ?34)"},
      {&mark_, "UPDATE articles SET coder_run = ?2 WHERE rowid = ?1"},
      {&is_coded_, "SELECT coder_run IS NOT NULL FROM articles WHERE rowid = ?1"},
  };
  for (const auto& s : statements) {
    auto prepared = db.Prepare(s.sql);
    if (!prepared.ok()) return prepared.status();
    *s.stmt = std::move(*prepared);
  }
  return Status::OK();
}

Result<int64_t> EventWriter::RunRowid(const CoderRun& run, const std::string& now) {
  find_run_.Reset();
  find_run_.Bind(1, run.fingerprint);
  if (find_run_.Step()) {
    int64_t rowid = find_run_.Int(0);
    find_run_.Reset();
    return rowid;
  }
  if (!find_run_.status().ok()) return find_run_.status();
  insert_run_.Reset();
  insert_run_.Bind(1, run.fingerprint).Bind(2, JoinLines(run.dictionaries)).Bind(3, now);
  Status s = insert_run_.Run();
  if (!s.ok()) return Status::IOError("recording coder run: " + s.message());
  return sqlite3_last_insert_rowid(db_->raw());
}

Result<bool> EventWriter::IsCoded(int64_t article_rowid) {
  is_coded_.Reset();
  is_coded_.Bind(1, article_rowid);
  bool coded = is_coded_.Step() && is_coded_.Int(0) != 0;
  if (!is_coded_.status().ok()) return is_coded_.status();
  is_coded_.Reset();
  return coded;
}

Result<uint64_t> EventWriter::Replace(int64_t article_rowid, int64_t run_rowid,
                                      const std::vector<StoredEvent>& events) {
  delete_.Reset();
  delete_.Bind(1, article_rowid);
  Status s = delete_.Run();
  if (!s.ok()) return s;
  uint64_t stored = 0;
  for (const StoredEvent& e : events) {
    if (e.negated) continue;
    insert_.Reset();
    insert_.Bind(1, article_rowid)
        .Bind(2, static_cast<int64_t>(stored))
        .Bind(3, static_cast<int64_t>(e.sentence))
        .Bind(4, static_cast<int64_t>(e.date));
    int at = 5;
    for (const StoredActor* a : {&e.source, &e.target}) {
      insert_.Bind(at, a->code)
          .Bind(at + 1, a->country)
          .Bind(at + 2, a->agent)
          .Bind(at + 3, a->name)
          .Bind(at + 4, static_cast<int64_t>(a->span.begin))
          .Bind(at + 5, static_cast<int64_t>(a->span.end))
          .Bind(at + 6, JoinLines(a->entries));
      at += 7;
    }
    insert_.Bind(19, e.code)
        .Bind(20, e.root)
        .Bind(21, static_cast<int64_t>(e.quad_class))
        .Bind(22, e.goldstein)
        .Bind(23, static_cast<int64_t>(e.verb.begin))
        .Bind(24, static_cast<int64_t>(e.verb.end))
        .Bind(25, static_cast<int64_t>(e.sentence_span.begin))
        .Bind(26, static_cast<int64_t>(e.sentence_span.end))
        .Bind(27, e.verb_entry)
        .Bind(28, e.pattern_entry)
        .Bind(29, static_cast<int64_t>(e.paired))
        .Bind(30, static_cast<int64_t>(e.intent))
        .Bind(31, e.asserted_code)
        .Bind(32, run_rowid)
        .Bind(34, e.rule.empty() ? std::string_view("coder") : std::string_view(e.rule));
    if (e.quote >= 0) {
      insert_.Bind(33, static_cast<int64_t>(e.quote));
    } else {
      insert_.BindNull(33);
    }
    s = insert_.Run();
    if (!s.ok()) return s;
    ++stored;
  }
  mark_.Reset();
  mark_.Bind(1, article_rowid).Bind(2, run_rowid);
  s = mark_.Run();
  if (!s.ok()) return s;
  return stored;
}

Result<EventQuery> BuildEventWhere(const EventFilter& f, int64_t article_rowid) {
  EventQuery q;
  std::string& where = q.sql;
  auto text_param = [&](std::string value) {
    q.text_params.push_back(std::move(value));
    return "?" + std::to_string(q.text_params.size());
  };
  for (auto [value, column] : {std::pair{&f.source, "e.source"}, {&f.target, "e.target"}}) {
    if (value->empty()) continue;
    std::string code = ActorCodeAlias(*value);
    if (!IsCodeText(code, /*digits_only=*/false)) {
      return Status::InvalidArgument("'" + *value + "' is not an actor code (letters and digits)");
    }
    where += std::string(" AND ") + column + " >= " + text_param(code);
    where += std::string(" AND ") + column + " < " + text_param(PrefixEnd(code));
  }
  if (!f.code.empty()) {
    if (!IsCodeText(f.code, /*digits_only=*/true)) {
      return Status::InvalidArgument("'" + f.code + "' is not a CAMEO code prefix (digits)");
    }
    where += " AND e.code >= " + text_param(f.code);
    where += " AND e.code < " + text_param(PrefixEnd(f.code));
  }
  // Integer parameters follow the text ones.
  std::vector<std::pair<std::string, int64_t>> ints;
  if (f.from > 0) ints.push_back({" AND e.date >= ", f.from});
  if (f.to > 0) ints.push_back({" AND e.date <= ", f.to});
  if (article_rowid >= 0) ints.push_back({" AND e.article = ", article_rowid});
  for (size_t i = 0; i < ints.size(); ++i) {
    where += ints[i].first + "?" + std::to_string(q.text_params.size() + i + 1);
    q.int_params.push_back(ints[i].second);
  }
  return q;
}

Result<EventQuery> BuildEventQuery(const EventFilter& f, int64_t article_rowid) {
  auto q = BuildEventWhere(f, article_rowid);
  if (!q.ok()) return q.status();
  const std::string where = std::move(q->sql);
  q->sql =
      "SELECT " + std::string(kColumns) + ", " + std::string(SentenceColumn(f.with_sentence_text));
  q->sql +=
      " FROM events e JOIN articles a ON a.rowid = e.article "
      "JOIN coder_runs r ON r.rowid = e.coder_run WHERE 1";
  q->sql += where;
  q->sql += article_rowid >= 0 ? " ORDER BY e.ordinal" : " ORDER BY e.date, a.id, e.ordinal";
  if (f.limit > 0) q->sql += " LIMIT " + std::to_string(f.limit);
  return q;
}

Result<std::vector<StoredEvent>> RunEventQuery(Database& db, const EventQuery& q) {
  auto st = db.Prepare(q.sql);
  if (!st.ok()) return st.status();
  BindEventParams(q, &*st);
  std::vector<StoredEvent> out;
  while (st->Step()) {
    StoredEvent e;
    ReadEventRow(*st, &e);
    out.push_back(std::move(e));
  }
  if (!st->status().ok()) return st->status();
  return out;
}

}  // namespace dyad::store
