// The quotes table (see quote_rows.h): an article's quotes are replaced as a
// whole, so writing them twice leaves one copy. The actor filter is a range
// on the indexed `actor` column ("USA" -> actor >= 'USA' AND actor < 'USB'),
// dates a range on `date`; speaker and words are LIKE tests on the rows
// those leave.
#include "store/quote_rows.h"

#include "store/event_rows.h"

namespace dyad::store {
namespace {

template <typename Enum>
Enum FromName(std::string_view name, Enum last, std::string_view (*name_of)(Enum), Enum fallback) {
  for (int i = 0; i <= static_cast<int>(last); ++i) {
    auto value = static_cast<Enum>(i);
    if (name_of(value) == name) return value;
  }
  return fallback;
}

// "%word%" for LIKE ... ESCAPE '\', with the word's own % _ \ escaped.
std::string LikePattern(std::string_view word) {
  std::string out = "%";
  for (char c : word) {
    if (c == '%' || c == '_' || c == '\\') out += '\\';
    out += c;
  }
  return out + "%";
}

std::vector<std::string_view> Words(std::string_view s) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n')) ++i;
    size_t j = i;
    while (j < s.size() && s[j] != ' ' && s[j] != '\t' && s[j] != '\n') ++j;
    if (j > i) out.push_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

// yyyymmdd of a publication date that starts "YYYY-MM-DD", else 0.
int32_t DayOf(std::string_view published) {
  if (published.size() < 10 || published[4] != '-' || published[7] != '-') return 0;
  int32_t day = 0;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    const char c = published[i];
    if (c < '0' || c > '9') return 0;
    day = day * 10 + (c - '0');
  }
  return day;
}

constexpr std::string_view kColumns =
    "a.id, q.ordinal, q.date, q.inner_begin, q.inner_end, q.outer_begin, q.outer_end, "
    "q.attribution_begin, q.attribution_end, q.words, q.rule, q.part_of, q.paragraph, q.closed, "
    "q.ellipsis, q.bracket, q.speaker_kind, q.speaker, q.speaker_surface, q.speaker_role, "
    "q.speaker_affiliation, q.actor, q.mention_begin, q.mention_end, q.introduced_begin, "
    "q.introduced_end";

Span SpanAt(const Statement& st, int at) {
  return {static_cast<uint32_t>(st.Int(at)), static_cast<uint32_t>(st.Int(at + 1))};
}

// The columns a quote row is written with, in the order BindRow binds them.
constexpr std::string_view kInsertColumns =
    "article, ordinal, date, inner_begin, inner_end, outer_begin, outer_end, attribution_begin, "
    "attribution_end, words, rule, part_of, paragraph, closed, ellipsis, bracket, speaker_kind, "
    "speaker, speaker_surface, speaker_role, speaker_affiliation, actor, mention_begin, "
    "mention_end, introduced_begin, introduced_end";
constexpr int kRowParams = 26;

// INSERT of `rows` rows: VALUES (?1, ..., ?26), (?27, ...), ...
std::string InsertSql(int rows) {
  std::string sql = "INSERT INTO quotes (" + std::string(kInsertColumns) + ") VALUES ";
  for (int r = 0; r < rows; ++r) {
    sql += r == 0 ? "(" : ", (";
    for (int c = 1; c <= kRowParams; ++c) {
      if (c > 1) sql += ", ";
      sql += "?" + std::to_string(r * kRowParams + c);
    }
    sql += ")";
  }
  return sql;
}

}  // namespace

Status QuoteWriter::Prepare(Database& db) {
  const std::string insert_one = InsertSql(1), insert_many = InsertSql(kRowsPerInsert);
  struct {
    Statement* stmt;
    const char* sql;
  } const statements[] = {
      {&delete_, "DELETE FROM quotes WHERE article = ?1"},
      {&insert_, insert_one.c_str()},
      {&insert_many_, insert_many.c_str()},
      {&article_, "SELECT text, published FROM articles WHERE rowid = ?1"},
      {&mark_, "UPDATE articles SET quoted = 1 WHERE rowid = ?1"},
      {&is_quoted_, "SELECT quoted FROM articles WHERE rowid = ?1"},
  };
  for (const auto& s : statements) {
    auto prepared = db.Prepare(s.sql);
    if (!prepared.ok()) return prepared.status();
    *s.stmt = std::move(*prepared);
  }
  return Status::OK();
}

Result<bool> QuoteWriter::IsQuoted(int64_t article_rowid) {
  is_quoted_.Reset();
  is_quoted_.Bind(1, article_rowid);
  bool quoted = is_quoted_.Step() && is_quoted_.Int(0) != 0;
  if (!is_quoted_.status().ok()) return is_quoted_.status();
  is_quoted_.Reset();
  return quoted;
}

Result<uint64_t> QuoteWriter::Replace(int64_t article_rowid, const std::vector<Quote>& quotes) {
  article_.Reset();
  article_.Bind(1, article_rowid);
  if (!article_.Step()) {
    Status s = article_.status();
    return s.ok() ? Status::NotFound("no article row " + std::to_string(article_rowid)) : s;
  }
  const std::string text = article_.Text(0), published = article_.Text(1);
  article_.Reset();
  delete_.Reset();
  delete_.Bind(1, article_rowid);
  Status s = delete_.Run();
  if (!s.ok()) return s;
  auto n = Insert(article_rowid, quotes, text, published);
  if (!n.ok()) return n;
  mark_.Reset();
  mark_.Bind(1, article_rowid);
  s = mark_.Run();
  if (!s.ok()) return s;
  return n;
}

Result<uint64_t> QuoteWriter::Insert(int64_t article_rowid, const std::vector<Quote>& quotes,
                                     std::string_view text, std::string_view published) {
  for (size_t i = 0; i < quotes.size(); ++i) {
    const Quote& q = quotes[i];
    if (q.inner.begin > q.inner.end || q.inner.end > text.size())
      return Status::InvalidArgument("quote " + std::to_string(i) + " lies outside the text");
  }
  const int32_t day = DayOf(published);
  // Whole groups of kRowsPerInsert rows in one statement each (one pass of
  // SQLite's per-statement work for them all), the rest one by one.
  for (size_t i = 0; i < quotes.size();) {
    const bool many = quotes.size() - i >= kRowsPerInsert;
    Statement& st = many ? insert_many_ : insert_;
    const size_t rows = many ? kRowsPerInsert : 1;
    for (size_t r = 0; r < rows; ++r, ++i)
      BindRow(st, static_cast<int>(r) * kRowParams, article_rowid, i, quotes[i], text, day);
    Status s = st.Run();
    // Unbinds the strings bound without copies before they can go away.
    st.Reset();
    if (!s.ok()) return s;
  }
  return static_cast<uint64_t>(quotes.size());
}

void QuoteWriter::BindRow(Statement& st, int base, int64_t article_rowid, size_t ordinal,
                          const Quote& q, std::string_view text, int32_t day) {
  const Speaker& sp = q.speaker;
  st.Bind(base + 1, article_rowid)
      .Bind(base + 2, static_cast<int64_t>(ordinal))
      .Bind(base + 3, static_cast<int64_t>(day));
  int at = base + 4;
  for (const Span& span : {q.inner, q.outer, q.attribution}) {
    st.Bind(at, static_cast<int64_t>(span.begin)).Bind(at + 1, static_cast<int64_t>(span.end));
    at += 2;
  }
  // The quote's strings outlive the statement's Run (and the Reset after).
  st.BindStatic(base + 10, q.inner.view(text)).BindStatic(base + 11, QuoteRuleName(q.rule));
  if (q.part_of >= 0) {
    st.Bind(base + 12, static_cast<int64_t>(q.part_of));
  } else {
    st.BindNull(base + 12);
  }
  st.Bind(base + 13, static_cast<int64_t>(q.paragraph))
      .Bind(base + 14, static_cast<int64_t>(q.closed))
      .Bind(base + 15, static_cast<int64_t>(q.has_ellipsis))
      .Bind(base + 16, static_cast<int64_t>(q.has_bracket))
      .BindStatic(base + 17, SpeakerKindName(sp.kind))
      .BindStatic(base + 18, sp.canonical)
      .BindStatic(base + 19, sp.name)
      .BindStatic(base + 20, sp.role)
      .BindStatic(base + 21, sp.affiliation)
      .BindStatic(base + 22, sp.actor_code)
      .Bind(base + 23, static_cast<int64_t>(sp.mention.begin))
      .Bind(base + 24, static_cast<int64_t>(sp.mention.end))
      .Bind(base + 25, static_cast<int64_t>(sp.introduced.begin))
      .Bind(base + 26, static_cast<int64_t>(sp.introduced.end));
}

Result<std::vector<StoredQuote>> RunQuoteQuery(Database& db, const QuoteFilter& f,
                                               int64_t article_rowid) {
  std::vector<std::string> text_params;
  std::vector<int64_t> int_params;
  auto text_param = [&](std::string value) {
    text_params.push_back(std::move(value));
    return "?" + std::to_string(text_params.size());
  };
  std::string where;
  if (!f.actor.empty()) {
    std::string code = ActorCodeAlias(f.actor);
    if (!IsCodeText(code, /*digits_only=*/false)) {
      return Status::InvalidArgument("'" + f.actor + "' is not an actor code (letters and digits)");
    }
    // actor != '' as the partial index quotes_by_actor says, so it is used.
    where += " AND q.actor != '' AND q.actor >= " + text_param(code);
    where += " AND q.actor < " + text_param(PrefixEnd(code));
  }
  if (!f.speaker.empty()) {
    std::string p = text_param(LikePattern(f.speaker));
    where += " AND (q.speaker LIKE " + p + " ESCAPE '\\' OR q.speaker_surface LIKE " + p +
             " ESCAPE '\\')";
  }
  for (std::string_view w : Words(f.search)) {
    where += " AND q.words LIKE " + text_param(LikePattern(w)) + " ESCAPE '\\'";
  }
  // Integer parameters follow the text ones.
  std::vector<std::pair<const char*, int64_t>> ints;
  if (f.from > 0) ints.push_back({" AND q.date >= ", f.from});
  if (f.to > 0) ints.push_back({" AND q.date <= ", f.to});
  if (article_rowid >= 0) ints.push_back({" AND q.article = ", article_rowid});
  for (const auto& [sql, value] : ints) {
    where += sql + std::string("?") + std::to_string(text_params.size() + int_params.size() + 1);
    int_params.push_back(value);
  }
  std::string sql = "SELECT " + std::string(kColumns) +
                    " FROM quotes q JOIN articles a ON a.rowid = q.article WHERE 1" + where;
  sql += article_rowid >= 0 ? " ORDER BY q.ordinal" : " ORDER BY q.date, a.id, q.ordinal";
  if (f.limit > 0) sql += " LIMIT " + std::to_string(f.limit);
  auto st = db.Prepare(sql);
  if (!st.ok()) return st.status();
  int index = 1;
  for (const std::string& t : text_params) st->Bind(index++, t);
  for (int64_t v : int_params) st->Bind(index++, v);
  std::vector<StoredQuote> out;
  while (st->Step()) {
    StoredQuote r;
    r.article = st->Text(0);
    r.ordinal = static_cast<uint32_t>(st->Int(1));
    r.date = static_cast<int32_t>(st->Int(2));
    Quote& q = r.quote;
    q.inner = SpanAt(*st, 3);
    q.outer = SpanAt(*st, 5);
    q.attribution = SpanAt(*st, 7);
    r.text = st->Text(9);
    q.rule = FromName(st->Text(10), QuoteRule::kStandalone, &QuoteRuleName, QuoteRule::kStandalone);
    q.part_of = st->IsNull(11) ? -1 : static_cast<int32_t>(st->Int(11));
    q.paragraph = static_cast<uint32_t>(st->Int(12));
    q.closed = st->Int(13) != 0;
    q.has_ellipsis = st->Int(14) != 0;
    q.has_bracket = st->Int(15) != 0;
    Speaker& sp = q.speaker;
    sp.kind = FromName(st->Text(16), SpeakerKind::kAnonymous, &SpeakerKindName,
                       SpeakerKind::kUnattributed);
    sp.canonical = st->Text(17);
    sp.name = st->Text(18);
    sp.role = st->Text(19);
    sp.affiliation = st->Text(20);
    sp.actor_code = st->Text(21);
    sp.mention = SpanAt(*st, 22);
    sp.introduced = SpanAt(*st, 24);
    out.push_back(std::move(r));
  }
  if (!st->status().ok()) return st->status();
  return out;
}

}  // namespace dyad::store
