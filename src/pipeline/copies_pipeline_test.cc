// Tests for provenance in the pipeline, on examples/corpus against its
// manifest: syndicated, spun and partial copies are linked to their
// original with the right kind, exact copies are one article, independent
// articles about the same story (hard negatives) are copies of nothing
// (at most quote-shared, quoting the same statement);
// the links are the same with 1 and 2 threads, with small and large
// batches, and when the corpus is ingested in two runs; re-ingesting adds
// nothing; --no-copies stores none.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "dyad/pipeline.h"
#include "provenance/synthetic_text.h"

namespace dyad {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

const std::string kCorpus = std::string(DYAD_SOURCE_DIR) + "/examples/corpus";

class CopiesPipelineTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    dir_ = fs::temp_directory_path() /
           ("dyad_copies_test_" + std::to_string(::getpid()) + "_" + info->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::unique_ptr<Store> Ingest(const std::string& name, const std::vector<std::string>& paths,
                                uint32_t threads, uint32_t batch, IngestSummary* summary,
                                bool copies = true) {
    auto store = OpenSqliteStore((dir_ / name).string());
    EXPECT_TRUE(store.ok()) << store.status().ToString();
    IngestOptions opts;
    opts.threads = threads;
    opts.batch_size = batch;
    opts.copies = copies;
    auto s = RunIngest(paths, **store, opts);
    EXPECT_TRUE(s.ok()) << s.status().ToString();
    if (s.ok()) *summary = *s;
    return std::move(store).value();
  }

  // Every stored link, one comparable line each.
  static std::vector<std::string> Links(Store& store) {
    std::vector<std::string> out;
    auto links = store.QueryCopies("");
    EXPECT_TRUE(links.ok()) << links.status().ToString();
    if (!links.ok()) return out;
    for (const StoredCopyLink& l : *links) {
      std::ostringstream line;
      line << l.article << " " << l.other << " " << CopyKindName(l.kind) << " " << l.rule << " "
           << l.changed_words;
      for (const auto& p : l.passages) {
        line << " " << p.other.begin << "-" << p.other.end << "=" << p.article.begin << "-"
             << p.article.end;
      }
      out.push_back(line.str());
    }
    return out;
  }

  // Every stored quote link, one comparable line each.
  static std::vector<std::string> QuoteLinks(Store& store) {
    std::vector<std::string> out;
    auto links = store.QueryQuoteLinks("");
    EXPECT_TRUE(links.ok()) << links.status().ToString();
    if (!links.ok()) return out;
    for (const StoredQuoteLink& l : *links)
      out.push_back(l.article + "#" + std::to_string(l.ordinal) + " " + l.other + "#" +
                    std::to_string(l.other_ordinal) + " " +
                    std::string(QuoteMatchKindName(l.kind)) + " " + l.diff);
    return out;
  }

  fs::path dir_;
};

// The stored id of each manifest article: by outlet and title, else by the
// file it is the only article of.
std::map<std::string, std::string> ManifestIds(Store& store, const json& manifest) {
  std::map<std::pair<std::string, std::string>, std::string> by_title;
  std::map<std::string, std::string> by_file;
  auto ids = store.ArticleIds();
  EXPECT_TRUE(ids.ok());
  for (const std::string& id : *ids) {
    auto a = store.GetArticle(id);
    EXPECT_TRUE(a.ok());
    by_title[{a->article.outlet, a->article.title}] = id;
    for (const auto& s : a->sources) {
      if (s.locator.empty())
        by_file[fs::relative(s.source, DYAD_SOURCE_DIR "/examples").string()] = id;
    }
  }
  std::map<std::string, std::string> out;
  for (const json& a : manifest["articles"]) {
    auto t = by_title.find({a["outlet"], a["title"]});
    if (t != by_title.end()) {
      out[a["id"]] = t->second;
    } else if (auto f = by_file.find(a["file"]); f != by_file.end()) {
      out[a["id"]] = f->second;
    }
  }
  return out;
}

TEST_F(CopiesPipelineTest, LinksTheManifestsCopiesWithTheirKindAndNoHardNegative) {
  IngestSummary summary;
  auto store = Ingest("a.db", {kCorpus}, 2, 8, &summary);
  std::ifstream in(std::string(DYAD_SOURCE_DIR) + "/examples/corpus-manifest.json");
  const json manifest = json::parse(in);
  const auto ids = ManifestIds(*store, manifest);
  auto links = store->QueryCopies("");
  ASSERT_TRUE(links.ok());
  EXPECT_EQ(summary.copy_links, links->size());
  std::map<std::set<std::string>, CopyKind> kind_of;
  for (const StoredCopyLink& l : *links) kind_of[{l.article, l.other}] = l.kind;
  const std::map<std::string, CopyKind> expected = {{"syndicated", CopyKind::kSyndicated},
                                                    {"spun", CopyKind::kSpun},
                                                    {"partial", CopyKind::kPartial}};
  size_t checked = 0, negatives = 0;
  for (const json& a : manifest["articles"]) {
    const std::string kind = a["kind"];
    ASSERT_TRUE(ids.contains(a["id"])) << a["id"] << " not found in the store";
    const std::string& id = ids.at(a["id"]);
    if (kind == "exact_copy") {
      EXPECT_EQ(id, ids.at(a["copy_of"])) << a["id"] << ": an exact copy is the same article";
      ++checked;
    } else if (expected.contains(kind)) {
      const std::string& original = ids.at(a["copy_of"]);
      auto link = kind_of.find({id, original});
      ASSERT_NE(link, kind_of.end()) << a["id"] << " is not linked to " << a["copy_of"];
      CopyKind want = expected.at(kind);
      // A copy whose outlet was not found is "exact" or "near" (the same
      // words, no other outlet known), not syndicated.
      auto copy = store->GetArticle(id);
      ASSERT_TRUE(copy.ok());
      if (want == CopyKind::kSyndicated && copy->article.outlet.empty() &&
          (link->second == CopyKind::kExact || link->second == CopyKind::kNear))
        want = link->second;
      EXPECT_EQ(CopyKindName(link->second), CopyKindName(want))
          << a["id"] << " -> " << a["copy_of"];
      ++checked;
    } else if (kind == "independent") {
      // Linked as a copy of nothing; sharing quotations (the same
      // statement quoted by two outlets) is no copy, and may be said.
      for (const StoredCopyLink& l : *links) {
        if (l.article != id && l.other != id) continue;
        EXPECT_EQ(CopyKindName(l.kind), "quote-shared") << a["id"] << " (independent) linked";
        EXPECT_EQ(l.rule, "quotes-linked");
      }
      ++negatives;
    }
  }
  EXPECT_EQ(checked, 40u);
  EXPECT_GE(negatives, 15u);
  // Every group has an original among its members, and every member names it.
  auto groups = store->CopyGroups();
  ASSERT_TRUE(groups.ok());
  EXPECT_EQ(groups->size(), 10u);
  // The original each group names is the manifest's.
  std::set<std::string> manifest_originals;
  for (const json& a : manifest["articles"])
    if (a["kind"] == "original") manifest_originals.insert(ids.at(a["id"]));
  size_t named = 0;
  for (const StoredCopyGroup& g : *groups) {
    EXPECT_TRUE(manifest_originals.contains(g.original)) << g.original << " (" << g.rule << ")";
    named += manifest_originals.contains(g.original);
  }
  EXPECT_EQ(named, 10u);
  for (const StoredCopyGroup& g : *groups) {
    EXPECT_NE(std::find(g.members.begin(), g.members.end(), g.original), g.members.end());
    for (const std::string& m : g.members) {
      auto of = store->OriginalOf(m);
      ASSERT_TRUE(of.ok());
      EXPECT_EQ(of->original, g.original);
      EXPECT_EQ(of->members, g.members);
    }
  }
  // Passages lie inside both texts.
  for (const StoredCopyLink& l : *links) {
    auto a = store->GetArticle(l.article);
    auto o = store->GetArticle(l.other);
    ASSERT_TRUE(a.ok() && o.ok());
    ASSERT_FALSE(l.passages.empty());
    for (const auto& p : l.passages) {
      EXPECT_LT(p.article.begin, p.article.end);
      EXPECT_LE(p.article.end, a->article.text.size());
      EXPECT_LE(p.other.end, o->article.text.size());
    }
  }
}

TEST_F(CopiesPipelineTest, SameLinksWhateverTheThreadsBatchesAndRuns) {
  IngestSummary s1, s2, s3, s4;
  const std::vector<std::string> first = {kCorpus + "/wire", kCorpus + "/html"};
  const std::vector<std::string> second = {kCorpus + "/text", kCorpus + "/crawl",
                                           kCorpus + "/feeds"};
  std::vector<std::string> all = first;
  all.insert(all.end(), second.begin(), second.end());
  auto one = Ingest("one.db", all, 1, 256, &s1);
  auto two = Ingest("two.db", all, 2, 5, &s2);
  const auto links = Links(*one);
  EXPECT_GT(links.size(), 40u);
  EXPECT_EQ(Links(*two), links);
  const auto quote_links = QuoteLinks(*one);
  EXPECT_GT(quote_links.size(), 10u);
  EXPECT_EQ(QuoteLinks(*two), quote_links);
  // Two runs: the second links to the first's articles through the stored index.
  auto halves = Ingest("halves.db", first, 2, 7, &s3);
  const size_t after_first = Links(*halves).size();
  halves.reset();
  halves = Ingest("halves.db", second, 2, 7, &s4);
  EXPECT_EQ(s3.copy_links, after_first);
  EXPECT_EQ(s3.copy_links + s4.copy_links, links.size());
  EXPECT_EQ(Links(*halves), links);
  EXPECT_EQ(QuoteLinks(*halves), quote_links);
  auto g1 = one->CopyGroups();
  auto g2 = halves->CopyGroups();
  ASSERT_TRUE(g1.ok() && g2.ok());
  ASSERT_EQ(g1->size(), g2->size());
  for (size_t i = 0; i < g1->size(); ++i) {
    EXPECT_EQ((*g1)[i].original, (*g2)[i].original);
    EXPECT_EQ((*g1)[i].members, (*g2)[i].members);
  }
}

TEST_F(CopiesPipelineTest, ReingestingAddsNothingAndNoCopiesStoresNone) {
  IngestSummary s1, s2, s3;
  auto store = Ingest("a.db", {kCorpus}, 2, 16, &s1);
  const auto links = Links(*store);
  store.reset();
  store = Ingest("a.db", {kCorpus}, 2, 16, &s2);
  EXPECT_EQ(s2.copy_links, 0u);
  EXPECT_EQ(Links(*store), links);
  auto stats = store->Stats();
  ASSERT_TRUE(stats.ok());
  EXPECT_EQ(stats->copy_links, links.size());
  EXPECT_EQ(stats->fingerprinted_articles, stats->articles);

  auto none = Ingest("none.db", {kCorpus}, 2, 16, &s3, /*copies=*/false);
  EXPECT_EQ(s3.copy_links, 0u);
  EXPECT_TRUE(Links(*none).empty());
  // A later run with copies on fingerprints and links what the first left.
  none.reset();
  none = Ingest("none.db", {kCorpus}, 2, 16, &s3);
  EXPECT_EQ(s3.copy_links, links.size());
}

// A partial copy ingested before the article it copies: the link still
// reads from the later-published reuser to the earlier-published original.
TEST_F(CopiesPipelineTest, LinkDirectionFollowsPublicationDatesNotIngestOrder) {
  const std::string original = provenance::SyntheticArticle(7, 6, 1);
  const std::string other = provenance::SyntheticArticle(8, 4, 2);
  // The reuser: its own four paragraphs with two of the original's inside.
  const size_t second = original.find("\n\n");
  const size_t fourth = original.find("\n\n", original.find("\n\n", second + 2) + 2);
  ASSERT_NE(fourth, std::string::npos);
  const std::string reuse = other.substr(0, other.find("\n\n")) +
                            original.substr(second, fourth - second) +
                            other.substr(other.find("\n\n"));
  auto feed = [&](const std::string& name, const std::string& text, const std::string& date) {
    const std::string path = (dir_ / name).string();
    std::ofstream(path) << json{{"outlet", "Wire"}, {"published", date}, {"text", text}}.dump()
                        << "\n";
    return path;
  };
  const std::string reuser_file = feed("reuser.jsonl", reuse, "2024-05-03");
  const std::string original_file = feed("original.jsonl", original, "2024-05-01T08:00:00Z");
  IngestSummary s1, s2;
  auto store = Ingest("d.db", {reuser_file}, 1, 8, &s1);
  store.reset();
  store = Ingest("d.db", {original_file}, 1, 8, &s2);
  auto links = store->QueryCopies("");
  ASSERT_TRUE(links.ok());
  ASSERT_EQ(links->size(), 1u);
  const StoredCopyLink& l = links->front();
  EXPECT_EQ(l.kind, CopyKind::kPartial) << l.rule;
  auto a = store->GetArticle(l.article);
  auto o = store->GetArticle(l.other);
  ASSERT_TRUE(a.ok() && o.ok());
  EXPECT_EQ(a->article.published, "2024-05-03");  // the reuser
  EXPECT_EQ(o->article.published.substr(0, 10), "2024-05-01");
  // Passages read the same way: bytes of `other` in the original's text.
  ASSERT_FALSE(l.passages.empty());
  for (const auto& p : l.passages) {
    EXPECT_LE(p.other.end, o->article.text.size());
    EXPECT_LE(p.article.end, a->article.text.size());
    EXPECT_EQ(o->article.text.substr(p.other.begin, 20),
              a->article.text.substr(p.article.begin, 20));
  }
}

}  // namespace
}  // namespace dyad
