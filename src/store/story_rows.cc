// The story tables (see story_rows.h). A story's row is a summary: its
// span, article and outlet counts are recounted from article_stories when a
// batch touches it; its label and key words come from the clusterer.
#include "store/story_rows.h"

#include <algorithm>
#include <cstring>
#include <sstream>

namespace dyad::store {
namespace {

constexpr const char* kWholeKinds = "('exact', 'near', 'syndicated', 'spun')";

Status Prepared(Database& db, const std::string& sql, Statement* out) {
  auto st = db.Prepare(sql);
  if (!st.ok()) return st.status();
  *out = std::move(*st);
  return Status::OK();
}

std::string JoinWords(const std::vector<std::string>& words) {
  std::string out;
  for (const auto& w : words) out += (out.empty() ? "" : " ") + w;
  return out;
}

std::vector<std::string> SplitWords(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

// Columns 0..8 of a story row, as StoryColumns() selects them.
StoredStory ReadStory(const Statement& st) {
  StoredStory s;
  s.id = static_cast<uint32_t>(st.Int(0));
  s.label = st.Text(1);
  s.label_article = st.Text(2);
  s.first_date = static_cast<int32_t>(st.Int(3));
  s.last_date = static_cast<int32_t>(st.Int(4));
  s.articles = static_cast<uint32_t>(st.Int(5));
  s.outlets = static_cast<uint32_t>(st.Int(6));
  s.key_terms = SplitWords(st.Text(7));
  s.key_actors = SplitWords(st.Text(8));
  return s;
}

constexpr const char* kStoryColumns =
    "SELECT st.id, st.label, coalesce((SELECT id FROM articles WHERE rowid = st.label_article), "
    "''), st.first_date, st.last_date, st.articles, st.outlets, st.key_terms, st.key_actors "
    "FROM stories st";

}  // namespace

std::string EncodeStoryVector(const std::vector<std::pair<uint32_t, float>>& v) {
  std::string out(v.size() * 8, '\0');
  for (size_t i = 0; i < v.size(); ++i) {
    uint32_t bits;
    std::memcpy(&bits, &v[i].second, 4);
    for (int b = 0; b < 4; ++b) {
      out[i * 8 + b] = static_cast<char>((v[i].first >> (8 * b)) & 0xff);
      out[i * 8 + 4 + b] = static_cast<char>((bits >> (8 * b)) & 0xff);
    }
  }
  return out;
}

Status DecodeStoryVector(std::string_view blob, std::vector<std::pair<uint32_t, float>>* out) {
  if (blob.size() % 8 != 0) return Status::Corruption("story vector size not a multiple of 8");
  out->resize(blob.size() / 8);
  for (size_t i = 0; i < out->size(); ++i) {
    uint32_t id = 0, bits = 0;
    for (int b = 0; b < 4; ++b) {
      id |= static_cast<uint32_t>(static_cast<uint8_t>(blob[i * 8 + b])) << (8 * b);
      bits |= static_cast<uint32_t>(static_cast<uint8_t>(blob[i * 8 + 4 + b])) << (8 * b);
    }
    float w;
    std::memcpy(&w, &bits, 4);
    (*out)[i] = {id, w};
  }
  return Status::OK();
}

Result<std::vector<StoryInput>> ReadStoryInputs(Database& db, const std::vector<int64_t>& rowids) {
  std::vector<StoryInput> out;
  if (rowids.empty()) return out;
  Statement article, events, copy;
  Status s = Prepared(db,
                      "SELECT a.id, a.title, a.text, a.outlet, a.published, (SELECT story FROM "
                      "article_stories s WHERE s.article = a.rowid) FROM articles a WHERE a.rowid "
                      "= ?1",
                      &article);
  if (s.ok())
    s = Prepared(db, "SELECT source, target FROM events WHERE article = ?1 ORDER BY ordinal",
                 &events);
  if (s.ok())
    s = Prepared(db,
                 std::string("SELECT o.id, (SELECT story FROM article_stories s WHERE s.article = "
                             "l.other) FROM copy_links l JOIN articles o ON o.rowid = l.other "
                             "WHERE l.article = ?1 AND l.kind IN ") +
                     kWholeKinds + " ORDER BY l.other LIMIT 1",
                 &copy);
  if (!s.ok()) return s;
  for (int64_t rowid : rowids) {
    article.Reset();
    article.Bind(1, rowid);
    if (!article.Step()) {
      if (!article.status().ok()) return article.status();
      continue;
    }
    StoryInput in;
    in.seq = rowid;
    in.id = article.Text(0);
    in.title = article.Text(1);
    in.text = article.Text(2);
    in.outlet = article.Text(3);
    in.published = article.Text(4);
    in.story = article.IsNull(5) ? -1 : article.Int(5);
    events.Reset();
    events.Bind(1, rowid);
    while (events.Step()) {
      for (int c : {0, 1}) {
        std::string code = events.Text(c);
        if (!code.empty()) in.actor_codes.push_back(std::move(code));
      }
    }
    if (!events.status().ok()) return events.status();
    copy.Reset();
    copy.Bind(1, rowid);
    if (copy.Step()) {
      in.copy_of = copy.Text(0);
      in.copy_of_story = copy.IsNull(1) ? -1 : copy.Int(1);
    }
    if (!copy.status().ok()) return copy.status();
    out.push_back(std::move(in));
  }
  return out;
}

Result<StoredStoryState> ReadStoryState(Database& db) {
  StoredStoryState out;
  auto state = db.Prepare("SELECT documents, stories FROM story_state WHERE id = 0");
  if (!state.ok()) return state.status();
  if (state->Step()) {
    out.counters.documents = static_cast<uint64_t>(state->Int(0));
    out.counters.stories = static_cast<uint32_t>(state->Int(1));
  }
  if (!state->status().ok()) return state->status();
  auto terms = db.Prepare("SELECT id, term, df FROM story_terms ORDER BY id");
  if (!terms.ok()) return terms.status();
  while (terms->Step()) {
    const auto id = static_cast<uint32_t>(terms->Int(0));
    if (id != out.terms.size())
      return Status::Corruption(db.path() + ": story_terms: term ids are not 0, 1, 2...");
    out.terms.push_back({id, terms->Text(1), static_cast<uint32_t>(terms->Int(2))});
  }
  if (!terms->status().ok()) return terms->status();
  auto members = db.Prepare(
      "SELECT s.story, a.id, a.title, a.outlet, s.date, s.vector FROM article_stories s JOIN "
      "articles a ON a.rowid = s.article ORDER BY s.story, s.article");
  if (!members.ok()) return members.status();
  while (members->Step()) {
    StoredStoryState::Member m;
    m.story = static_cast<uint32_t>(members->Int(0));
    m.article.id = members->Text(1);
    m.article.title = members->Text(2);
    m.article.outlet = members->Text(3);
    m.article.date = static_cast<int32_t>(members->Int(4));
    Status s = DecodeStoryVector(members->Blob(5), &m.vector);
    if (!s.ok())
      return Status::Corruption(db.path() + ": story of " + m.article.id + ": " + s.message());
    out.members.push_back(std::move(m));
  }
  if (!members->status().ok()) return members->status();
  return out;
}

Status StoryWriter::Prepare(Database& db) {
  Status s = Prepared(db, "INSERT OR IGNORE INTO stories (id) VALUES (?1)", &story_);
  if (s.ok())
    s = Prepared(db,
                 "INSERT OR REPLACE INTO article_stories (article, story, rule, similarity, "
                 "copy_of, date, vector) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                 &member_);
  if (s.ok())
    s = Prepared(db,
                 "INSERT INTO story_terms (id, term, df) VALUES (?1, ?2, ?3) ON CONFLICT(id) DO "
                 "UPDATE SET df = excluded.df",
                 &term_);
  if (s.ok())
    s = Prepared(db,
                 "INSERT OR REPLACE INTO story_state (id, documents, stories) VALUES (0, ?1, ?2)",
                 &state_);
  if (s.ok())
    s = Prepared(db,
                 "UPDATE stories SET label = ?2, label_article = (SELECT rowid FROM articles "
                 "WHERE id = ?3), key_terms = ?4, key_actors = ?5 WHERE id = ?1",
                 &label_);
  if (s.ok())
    s = Prepared(db,
                 "UPDATE stories SET (articles, outlets, first_date, last_date) = (SELECT "
                 "count(*), count(DISTINCT nullif(a.outlet, '')), coalesce(min(nullif(s.date, "
                 "0)), 0), coalesce(max(s.date), 0) FROM article_stories s JOIN articles a ON "
                 "a.rowid = s.article WHERE s.story = ?1) WHERE id = ?1",
                 &recount_);
  return s;
}

Status StoryWriter::Put(const StoryBatch& batch, const std::vector<int64_t>& rowids,
                        const std::vector<int64_t>& copy_rowids) {
  std::vector<int64_t> touched;
  for (size_t i = 0; i < batch.articles.size(); ++i) {
    const ArticleStory& a = batch.articles[i];
    story_.Reset();
    story_.Bind(1, static_cast<int64_t>(a.story));
    Status s = story_.Run();
    if (!s.ok()) return s;
    member_.Reset();
    member_.Bind(1, rowids[i])
        .Bind(2, static_cast<int64_t>(a.story))
        .Bind(3, a.rule)
        .Bind(4, a.similarity)
        .Bind(6, static_cast<int64_t>(a.date))
        .BindBlob(7, EncodeStoryVector(a.vector));
    if (copy_rowids[i] >= 0) {
      member_.Bind(5, copy_rowids[i]);
    } else {
      member_.BindNull(5);
    }
    s = member_.Run();
    if (!s.ok()) return Status::IOError("storing the story of " + a.article + ": " + s.message());
    touched.push_back(a.story);
  }
  for (const StoryTermRow& t : batch.terms) {
    term_.Reset();
    term_.Bind(1, static_cast<int64_t>(t.id)).Bind(2, t.term).Bind(3, static_cast<int64_t>(t.df));
    Status s = term_.Run();
    if (!s.ok()) return s;
  }
  state_.Reset();
  state_.Bind(1, static_cast<int64_t>(batch.counters.documents))
      .Bind(2, static_cast<int64_t>(batch.counters.stories));
  Status s = state_.Run();
  for (size_t i = 0; s.ok() && i < batch.labels.size(); ++i) {
    const StoryLabel& l = batch.labels[i];
    label_.Reset();
    label_.Bind(1, static_cast<int64_t>(l.story))
        .Bind(2, l.label)
        .Bind(3, l.label_article)
        .Bind(4, JoinWords(l.key_terms))
        .Bind(5, JoinWords(l.key_actors));
    s = label_.Run();
  }
  std::sort(touched.begin(), touched.end());
  touched.erase(std::unique(touched.begin(), touched.end()), touched.end());
  for (size_t i = 0; s.ok() && i < touched.size(); ++i) {
    recount_.Reset();
    recount_.Bind(1, touched[i]);
    s = recount_.Run();
  }
  return s;
}

Result<std::vector<StoredStory>> RunStoryQuery(Database& db, const StoryFilter& f) {
  std::string sql = std::string(kStoryColumns) + " WHERE st.articles > 0";
  if (f.from != 0 || f.to != 0) sql += " AND st.last_date != 0";
  if (f.from != 0) sql += " AND st.last_date >= ?1";
  if (f.to != 0) sql += " AND st.first_date <= ?2";
  if (!f.actor.empty()) sql += " AND (' ' || st.key_actors) LIKE ('% ' || ?3 || '%')";
  sql += " ORDER BY st.last_date DESC, st.id DESC";
  if (f.limit > 0) sql += " LIMIT " + std::to_string(f.limit);
  auto st = db.Prepare(sql);
  if (!st.ok()) return st.status();
  if (f.from != 0) st->Bind(1, static_cast<int64_t>(f.from));
  if (f.to != 0) st->Bind(2, static_cast<int64_t>(f.to));
  if (!f.actor.empty()) st->Bind(3, f.actor);
  std::vector<StoredStory> out;
  while (st->Step()) out.push_back(ReadStory(*st));
  if (!st->status().ok()) return st->status();
  return out;
}

Result<StoredStory> RunStoryGet(Database& db, uint32_t id) {
  auto st = db.Prepare(std::string(kStoryColumns) + " WHERE st.id = ?1 AND st.articles > 0");
  if (!st.ok()) return st.status();
  st->Bind(1, static_cast<int64_t>(id));
  if (!st->Step()) {
    if (!st->status().ok()) return st->status();
    return Status::NotFound("no story " + std::to_string(id));
  }
  StoredStory out = ReadStory(*st);
  // The link a member copies by: its earliest whole-article link, else its
  // earliest link of any kind.
  const std::string link = std::string("(SELECT l.") + "%s" +
                           " FROM copy_links l WHERE l.article = a.rowid ORDER BY l.kind IN " +
                           kWholeKinds + " DESC, l.other LIMIT 1)";
  auto sub = [&](const char* column) {
    std::string s = link;
    s.replace(s.find("%s"), 2, column);
    return s;
  };
  auto members = db.Prepare(
      "SELECT a.id, a.title, a.outlet, a.published, s.rule, s.similarity, CASE WHEN "
      "a.copy_original = a.rowid THEN '' ELSE coalesce((SELECT id FROM articles WHERE rowid = " +
      sub("other") +
      "), '') END, CASE WHEN a.copy_original = a.rowid THEN 'original' ELSE coalesce(" +
      sub("kind") +
      ", '') END, coalesce(v.id, '') FROM article_stories s JOIN articles a ON a.rowid = "
      "s.article LEFT JOIN articles v ON v.rowid = s.copy_of WHERE s.story = ?1 ORDER BY s.date "
      "= 0, s.date, s.article");
  if (!members.ok()) return members.status();
  members->Bind(1, static_cast<int64_t>(id));
  while (members->Step()) {
    StoryMember m;
    m.article = members->Text(0);
    m.title = members->Text(1);
    m.outlet = members->Text(2);
    m.published = members->Text(3);
    m.rule = members->Text(4);
    m.similarity = members->Double(5);
    m.copy_of = members->Text(6);
    m.copy_kind = members->Text(7);
    m.joined_via = members->Text(8);
    if (!m.outlet.empty()) out.outlet_names.push_back(m.outlet);
    out.members.push_back(std::move(m));
  }
  if (!members->status().ok()) return members->status();
  std::sort(out.outlet_names.begin(), out.outlet_names.end());
  out.outlet_names.erase(std::unique(out.outlet_names.begin(), out.outlet_names.end()),
                         out.outlet_names.end());
  return out;
}

}  // namespace dyad::store
