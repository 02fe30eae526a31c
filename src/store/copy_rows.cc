// The provenance tables (see copy_rows.h). A copy group is the connected
// component of an article over whole-article links, found with a recursive
// query when a link is stored; its original is chosen by ChooseOriginal
// (dyad/provenance.h) and written on every member's row, so OriginalOf is
// one read.
#include "store/copy_rows.h"

#include <algorithm>
#include <map>

namespace dyad::store {
namespace {

constexpr std::string_view kWholeKinds = "('exact', 'near', 'syndicated', 'spun')";

CopyKind KindFromName(std::string_view name) {
  for (int i = 0; i <= static_cast<int>(CopyKind::kQuoteShared); ++i) {
    auto kind = static_cast<CopyKind>(i);
    if (CopyKindName(kind) == name) return kind;
  }
  return CopyKind::kNone;
}

std::string EncodePassages(const std::vector<StoredCopyLink::Passage>& passages) {
  std::vector<uint32_t> v;
  v.reserve(passages.size() * 4);
  for (const auto& p : passages) {
    v.insert(v.end(), {p.other.begin, p.other.end, p.article.begin, p.article.end});
  }
  return EncodeUint32s(v);
}

Status DecodePassages(std::string_view blob, std::vector<StoredCopyLink::Passage>* out) {
  std::vector<uint32_t> v;
  Status s = DecodeUint32s(blob, &v);
  if (!s.ok()) return s;
  if (v.size() % 4 != 0) return Status::Corruption("copy passages: not 4 values per passage");
  for (size_t i = 0; i < v.size(); i += 4) {
    out->push_back({{v[i], v[i + 1]}, {v[i + 2], v[i + 3]}});
  }
  return Status::OK();
}

Status Prepared(Database& db, const char* sql, Statement* out) {
  auto st = db.Prepare(sql);
  if (!st.ok()) return st.status();
  *out = std::move(*st);
  return Status::OK();
}

// The component query: ?1 is the article's rowid; columns rowid, id,
// published, words, copy_original (-1 for none), copy_rule.
std::string ComponentSql() {
  const std::string whole = " AND l.kind IN " + std::string(kWholeKinds);
  // Two recursive steps, one per direction, so each uses an index
  // (the primary key for article, copy_links_by_other for other).
  return "WITH RECURSIVE grp(r) AS (SELECT ?1 UNION SELECT l.other FROM grp JOIN copy_links l "
         "ON l.article = grp.r" +
         whole + " UNION SELECT l.article FROM grp JOIN copy_links l ON l.other = grp.r" + whole +
         ") SELECT a.rowid, a.id, a.published, coalesce(f.words, 0), coalesce(a.copy_original, "
         "-1), "
         "a.copy_rule FROM grp JOIN articles a ON "
         "a.rowid = grp.r LEFT JOIN copy_fingerprints f ON f.article = a.rowid ORDER BY a.id";
}

}  // namespace

std::string EncodeUint32s(std::span<const uint32_t> values) {
  std::string out(values.size() * 4, '\0');
  for (size_t i = 0; i < values.size(); ++i) {
    for (int b = 0; b < 4; ++b) out[i * 4 + b] = static_cast<char>((values[i] >> (8 * b)) & 0xff);
  }
  return out;
}

Status DecodeUint32s(std::string_view blob, std::vector<uint32_t>* out) {
  if (blob.size() % 4 != 0) return Status::Corruption("uint32 blob size not a multiple of 4");
  out->resize(blob.size() / 4);
  for (size_t i = 0; i < out->size(); ++i) {
    uint32_t v = 0;
    for (int b = 0; b < 4; ++b)
      v |= static_cast<uint32_t>(static_cast<uint8_t>(blob[i * 4 + b])) << (8 * b);
    (*out)[i] = v;
  }
  return Status::OK();
}

Status CopyWriter::Prepare(Database& db) {
  Status s = Prepared(db,
                      "INSERT OR REPLACE INTO copy_fingerprints (article, content_hash, words, "
                      "word_sketch, skeleton_sketch, anchors) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                      &fingerprint_);
  if (s.ok())
    s = Prepared(db,
                 "INSERT OR REPLACE INTO copy_links (article, other, kind, rule, coverage_article, "
                 "coverage_other, identity, passages, changed_words) VALUES (?1, ?2, ?3, ?4, ?5, "
                 "?6, ?7, ?8, ?9)",
                 &link_);
  if (s.ok()) s = Prepared(db, ComponentSql().c_str(), &component_);
  if (s.ok())
    s = Prepared(db, "UPDATE articles SET copy_original = ?2, copy_rule = ?3 WHERE rowid = ?1",
                 &set_original_);
  return s;
}

Result<uint64_t> CopyWriter::Put(int64_t rowid, const ArticleCopies& copies,
                                 const std::vector<std::pair<int64_t, int64_t>>& ends) {
  const CopyFingerprint& fp = copies.fingerprint;
  fingerprint_.Reset();
  fingerprint_.Bind(1, rowid)
      .Bind(2, static_cast<int64_t>(fp.content_hash))
      .Bind(3, static_cast<int64_t>(fp.words))
      .BindBlob(4, EncodeUint32s(fp.word_sketch))
      .BindBlob(5, EncodeUint32s(fp.skeleton_sketch))
      .BindBlob(6, EncodeUint32s(fp.anchors));
  Status s = fingerprint_.Run();
  if (!s.ok()) return s;
  for (size_t i = 0; i < copies.links.size(); ++i) {
    const StoredCopyLink& l = copies.links[i];
    link_.Reset();
    link_.Bind(1, ends[i].first)
        .Bind(2, ends[i].second)
        .Bind(3, CopyKindName(l.kind))
        .Bind(4, l.rule)
        .Bind(5, l.coverage_article)
        .Bind(6, l.coverage_other)
        .Bind(7, l.identity)
        .BindBlob(8, EncodePassages(l.passages))
        .Bind(9, static_cast<int64_t>(l.changed_words));
    s = link_.Run();
    if (!s.ok()) return s;
  }
  return static_cast<uint64_t>(copies.links.size());
}

Status CopyWriter::Regroup(int64_t rowid, std::unordered_set<int64_t>* grouped) {
  component_.Reset();
  component_.Bind(1, rowid);
  std::vector<int64_t> rowids;
  std::vector<std::pair<int64_t, std::string>> before;  // each member's original and rule
  std::vector<std::string> published;
  std::vector<CopyMember> members;
  while (component_.Step()) {
    rowids.push_back(component_.Int(0));
    published.push_back(component_.Text(2));
    before.emplace_back(component_.Int(4), component_.Text(5));
    members.push_back(
        {static_cast<uint32_t>(members.size()), {}, static_cast<uint32_t>(component_.Int(3))});
  }
  Status s = component_.status();
  component_.Reset();
  grouped->insert(rowids.begin(), rowids.end());
  if (!s.ok() || members.size() < 2) return s;
  for (size_t i = 0; i < members.size(); ++i) members[i].published = published[i];
  const OriginalChoice choice = ChooseOriginal(members);
  for (size_t i = 0; i < rowids.size(); ++i) {
    // Only the members whose original or rule changed are written: in a
    // growing group most keep theirs.
    if (before[i].first == rowids[choice.id] && before[i].second == choice.rule) continue;
    set_original_.Reset();
    set_original_.Bind(1, rowids[i]).Bind(2, rowids[choice.id]).Bind(3, choice.rule);
    s = set_original_.Run();
    if (!s.ok()) return s;
  }
  return Status::OK();
}

Status CopySideReader::Prepare(Database& db) {
  Status s =
      Prepared(db, "SELECT rowid, text, outlet, published FROM articles WHERE id = ?1", &article_);
  if (s.ok())
    s = Prepared(db,
                 "SELECT inner_begin, inner_end FROM quotes WHERE article = ?1 ORDER BY ordinal",
                 &quotes_);
  return s;
}

Result<StoredCopySide> CopySideReader::Read(const std::string& id) {
  article_.Reset();
  article_.Bind(1, std::string_view(id));
  StoredCopySide side;
  int64_t rowid = -1;
  if (article_.Step()) {
    rowid = article_.Int(0);
    side.text = article_.Text(1);
    side.outlet = article_.Text(2);
    side.published = article_.Text(3);
  }
  Status s = article_.status();
  article_.Reset();
  if (!s.ok()) return s;
  if (rowid < 0) return Status::NotFound("no stored article " + id);
  quotes_.Reset();
  quotes_.Bind(1, rowid);
  while (quotes_.Step())
    side.quotes.push_back(
        {static_cast<uint32_t>(quotes_.Int(0)), static_cast<uint32_t>(quotes_.Int(1))});
  s = quotes_.status();
  quotes_.Reset();
  if (!s.ok()) return s;
  return side;
}

Result<std::vector<StoredCopyLink>> RunCopyQuery(Database& db, int64_t rowid) {
  std::string sql =
      "SELECT a.id, o.id, l.kind, l.rule, l.coverage_article, l.coverage_other, l.identity, "
      "l.passages, l.changed_words FROM copy_links l JOIN articles a ON a.rowid = l.article "
      "JOIN articles o ON o.rowid = l.other";
  if (rowid >= 0) sql += " WHERE l.article = ?1 OR l.other = ?1";
  sql += " ORDER BY a.id, o.id";
  auto st = db.Prepare(sql);
  if (!st.ok()) return st.status();
  if (rowid >= 0) st->Bind(1, rowid);
  std::vector<StoredCopyLink> out;
  while (st->Step()) {
    StoredCopyLink l;
    l.article = st->Text(0);
    l.other = st->Text(1);
    l.kind = KindFromName(st->Text(2));
    l.rule = st->Text(3);
    l.coverage_article = st->Double(4);
    l.coverage_other = st->Double(5);
    l.identity = st->Double(6);
    Status s = DecodePassages(st->Blob(7), &l.passages);
    if (!s.ok())
      return Status::Corruption("copy link " + l.article + " -> " + l.other + ": " + s.message());
    l.changed_words = static_cast<uint32_t>(st->Int(8));
    out.push_back(std::move(l));
  }
  if (!st->status().ok()) return st->status();
  return out;
}

Result<std::vector<CopyFingerprint>> RunFingerprintQuery(Database& db,
                                                         std::vector<std::string>* ids) {
  auto st = db.Prepare(
      "SELECT a.id, f.content_hash, f.words, f.word_sketch, f.skeleton_sketch, f.anchors FROM "
      "copy_fingerprints f JOIN articles a ON a.rowid = f.article ORDER BY f.article");
  if (!st.ok()) return st.status();
  std::vector<CopyFingerprint> out;
  ids->clear();
  while (st->Step()) {
    CopyFingerprint fp;
    fp.content_hash = static_cast<uint64_t>(st->Int(1));
    fp.words = static_cast<uint32_t>(st->Int(2));
    Status s = DecodeUint32s(st->Blob(3), &fp.word_sketch);
    if (s.ok()) s = DecodeUint32s(st->Blob(4), &fp.skeleton_sketch);
    if (s.ok()) s = DecodeUint32s(st->Blob(5), &fp.anchors);
    if (!s.ok()) return Status::Corruption("fingerprint of " + st->Text(0) + ": " + s.message());
    ids->push_back(st->Text(0));
    out.push_back(std::move(fp));
  }
  if (!st->status().ok()) return st->status();
  return out;
}

Result<std::vector<StoredCopyGroup>> RunGroupsQuery(Database& db) {
  auto st = db.Prepare(
      "SELECT o.id, a.copy_rule, a.id FROM articles a JOIN articles o ON o.rowid = "
      "a.copy_original ORDER BY o.id, a.id");
  if (!st.ok()) return st.status();
  std::vector<StoredCopyGroup> out;
  while (st->Step()) {
    if (out.empty() || out.back().original != st->Text(0)) {
      out.push_back({st->Text(0), st->Text(1), {}});
    }
    out.back().members.push_back(st->Text(2));
  }
  if (!st->status().ok()) return st->status();
  return out;
}

Result<StoredCopyGroup> RunGroupOf(Database& db, int64_t rowid, const std::string& id) {
  auto st = db.Prepare(
      "SELECT o.id, a.copy_rule, m.id FROM articles a JOIN articles o ON o.rowid = "
      "a.copy_original JOIN articles m ON m.copy_original = a.copy_original WHERE a.rowid = ?1 "
      "ORDER BY m.id");
  if (!st.ok()) return st.status();
  st->Bind(1, rowid);
  StoredCopyGroup g;
  while (st->Step()) {
    g.original = st->Text(0);
    g.rule = st->Text(1);
    g.members.push_back(st->Text(2));
  }
  if (!st->status().ok()) return st->status();
  if (g.members.empty()) g = {id, "only-member", {id}};
  return g;
}

}  // namespace dyad::store
