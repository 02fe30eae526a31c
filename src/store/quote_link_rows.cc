// The quote_links table (see quote_link_rows.h). Edits are kept as a blob of
// little-endian uint32 values, six per edit, and as words (`diff`) so that a
// listing needs no article text.
#include "store/quote_link_rows.h"

#include "store/copy_rows.h"

namespace dyad::store {
namespace {

constexpr size_t kValuesPerEdit = 6;

QuoteMatchKind QuoteKindFromName(std::string_view name) {
  for (auto kind : {QuoteMatchKind::kSame, QuoteMatchKind::kExcerpt, QuoteMatchKind::kAltered})
    if (QuoteMatchKindName(kind) == name) return kind;
  return QuoteMatchKind::kNone;
}

std::string EncodeEdits(const std::vector<QuoteWordEdit>& edits) {
  std::vector<uint32_t> v;
  v.reserve(edits.size() * kValuesPerEdit);
  for (const QuoteWordEdit& e : edits)
    v.insert(v.end(), {e.a.begin, e.a.end, e.b.begin, e.b.end, e.words_a, e.words_b});
  return EncodeUint32s(v);
}

Status DecodeEdits(std::string_view blob, std::vector<QuoteWordEdit>* out) {
  std::vector<uint32_t> v;
  Status s = DecodeUint32s(blob, &v);
  if (!s.ok()) return s;
  if (v.size() % kValuesPerEdit != 0) return Status::Corruption("quote edits: not 6 values each");
  for (size_t i = 0; i < v.size(); i += kValuesPerEdit)
    out->push_back({{v[i], v[i + 1]}, {v[i + 2], v[i + 3]}, v[i + 4], v[i + 5]});
  return Status::OK();
}

}  // namespace

Status QuoteLinkWriter::Prepare(Database& db) {
  auto st = db.Prepare(
      "INSERT OR REPLACE INTO quote_links (article, ordinal, other, other_ordinal, kind, rule, "
      "common_words, similarity, edits, diff) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
  if (!st.ok()) return st.status();
  link_ = std::move(*st);
  return Status::OK();
}

Status QuoteLinkWriter::Put(int64_t rowid, int64_t other_rowid, const StoredQuoteLink& l) {
  link_.Reset();
  link_.Bind(1, rowid)
      .Bind(2, static_cast<int64_t>(l.ordinal))
      .Bind(3, other_rowid)
      .Bind(4, static_cast<int64_t>(l.other_ordinal))
      .Bind(5, QuoteMatchKindName(l.kind))
      .Bind(6, l.rule)
      .Bind(7, static_cast<int64_t>(l.common_words))
      .Bind(8, l.similarity)
      .BindBlob(9, EncodeEdits(l.edits))
      .Bind(10, l.diff);
  return link_.Run();
}

Result<std::vector<StoredQuoteLink>> RunQuoteLinkQuery(Database& db, int64_t rowid) {
  std::string sql =
      "SELECT a.id, l.ordinal, o.id, l.other_ordinal, l.kind, l.rule, l.common_words, "
      "l.similarity, l.edits, l.diff FROM quote_links l JOIN articles a ON a.rowid = l.article "
      "JOIN articles o ON o.rowid = l.other";
  if (rowid >= 0) sql += " WHERE l.article = ?1 OR l.other = ?1";
  sql += " ORDER BY a.id, l.ordinal, o.id, l.other_ordinal";
  auto st = db.Prepare(sql);
  if (!st.ok()) return st.status();
  if (rowid >= 0) st->Bind(1, rowid);
  std::vector<StoredQuoteLink> out;
  while (st->Step()) {
    StoredQuoteLink l;
    l.article = st->Text(0);
    l.ordinal = static_cast<uint32_t>(st->Int(1));
    l.other = st->Text(2);
    l.other_ordinal = static_cast<uint32_t>(st->Int(3));
    l.kind = QuoteKindFromName(st->Text(4));
    l.rule = st->Text(5);
    l.common_words = static_cast<uint32_t>(st->Int(6));
    l.similarity = st->Double(7);
    Status s = DecodeEdits(st->Blob(8), &l.edits);
    if (!s.ok())
      return Status::Corruption("quote link " + l.article + "#" + std::to_string(l.ordinal) +
                                " -> " + l.other + ": " + s.message());
    l.diff = st->Text(9);
    out.push_back(std::move(l));
  }
  if (!st->status().ok()) return st->status();
  return out;
}

Result<std::vector<StoredQuote>> RunLinkableQuotesQuery(Database& db,
                                                        std::vector<std::string>* published) {
  auto st = db.Prepare(
      "SELECT a.id, q.ordinal, q.date, q.inner_begin, q.inner_end, q.words, a.published FROM "
      "quotes q JOIN copy_fingerprints f ON f.article = q.article JOIN articles a ON a.rowid = "
      "q.article ORDER BY q.article, q.ordinal");
  if (!st.ok()) return st.status();
  std::vector<StoredQuote> out;
  published->clear();
  while (st->Step()) {
    StoredQuote q;
    q.article = st->Text(0);
    q.ordinal = static_cast<uint32_t>(st->Int(1));
    q.date = static_cast<int32_t>(st->Int(2));
    q.quote.inner = {static_cast<uint32_t>(st->Int(3)), static_cast<uint32_t>(st->Int(4))};
    q.text = st->Text(5);
    published->push_back(st->Text(6));
    out.push_back(std::move(q));
  }
  if (!st->status().ok()) return st->status();
  return out;
}

Result<uint64_t> CountQuoteLinks(Database& db) {
  auto st = db.Prepare("SELECT count(*) FROM quote_links");
  if (!st.ok()) return st.status();
  if (!st->Step()) return st->status().ok() ? Status::IOError("count quote links") : st->status();
  return static_cast<uint64_t>(st->Int(0));
}

}  // namespace dyad::store
