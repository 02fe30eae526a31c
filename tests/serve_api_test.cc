// End-to-end tests of the HTTP API (docs/api.md): a Server run in-process
// on a free port over a store with examples/corpus and one hostile article
// ingested; every endpoint, bad parameters (400), unknown ids (404), HTML
// in an article's text coming back as an escaped JSON string, the response
// cache seeing another process's writes, and the static files never leaving
// their directory.
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>

#include "serve_test_util.h"

namespace dyad::testing {
namespace {

using nlohmann::json;

constexpr const char* kHostileTitle = "Hostile <b>markup</b> test";

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

class ServeApiTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new fs::path(SuiteDir("api"));
    db_ = new std::string((*dir_ / "store.db").string());
    const std::string hostile = (*dir_ / "hostile.jsonl").string();
    WriteFile(hostile,
              json{{"title", kHostileTitle},
                   {"outlet", "Test Outlet"},
                   {"published", "2024-07-15"},
                   {"text",
                    "NATO criticised China on Monday over its support for Russia. "
                    "<script>window.__pwned=1</script> The alliance said it was concerned.\n\n"
                    "A second paragraph holds <img src=x onerror=alert(1)> and & signs."}}
                      .dump() +
                  "\n");
    ASSERT_LE(IngestInto(*db_, {SourceDir() + "/examples/corpus", hostile}, *dir_), 1)
        << ReadFile((*dir_ / "ingest.out").string());
  }
  static void TearDownTestSuite() {
    fs::remove_all(*dir_);
    delete dir_;
    delete db_;
  }
  void SetUp() override {
    ServeOptions options;
    options.db = *db_;
    server_ = std::make_unique<RunningServer>(options);
    ASSERT_NE(server_->server, nullptr);
  }
  json Get(const std::string& path, int status = 200) { return server_->GetJson(path, status); }
  // The first article listed whose title is `title`.
  std::string IdOfTitle(const std::string& title) {
    json list = Get("/api/articles?limit=1000");
    for (const json& a : list["items"])
      if (a["title"] == title) return a["id"];
    return "";
  }

  static fs::path* dir_;
  static std::string* db_;
  std::unique_ptr<RunningServer> server_;
};
fs::path* ServeApiTest::dir_ = nullptr;
std::string* ServeApiTest::db_ = nullptr;

TEST_F(ServeApiTest, HealthNamesVersionAndSchema) {
  json h = Get("/api/health");
  EXPECT_EQ(h["ok"], true);
  EXPECT_EQ(h["schema"], StoreSchemaVersion());
  EXPECT_FALSE(h["version"].get<std::string>().empty());
}

TEST_F(ServeApiTest, StatsMatchTheCliAndListTheMostActiveDyads) {
  json stats = Get("/api/stats");
  ScratchDir scratch;
  auto cli = RunDyad({"--db", *db_, "stats", "--json"}, scratch);
  ASSERT_EQ(cli.exit_code, 0) << cli.err;
  json want = json::parse(cli.out);
  for (auto& [key, value] : want.items()) EXPECT_EQ(stats[key], value) << key;
  ASSERT_FALSE(stats["top_dyads"].empty());
  uint64_t last = UINT64_MAX;
  for (const json& d : stats["top_dyads"]) {
    EXPECT_FALSE(d["source"].get<std::string>().empty());
    EXPECT_FALSE(d["target"].get<std::string>().empty());
    EXPECT_LE(d["events"].get<uint64_t>(), last);
    last = d["events"];
  }
  EXPECT_EQ(Get("/api/stats?dyads=3")["top_dyads"].size(), 3u);
}

TEST_F(ServeApiTest, ArticlesPageAndFilter) {
  json all = Get("/api/articles?limit=1000");
  const size_t n = all["items"].size();
  EXPECT_EQ(n, Get("/api/stats")["articles"].get<size_t>());
  EXPECT_EQ(all["limit"], 1000);
  EXPECT_TRUE(all["total"].is_null());
  json page = Get("/api/articles?limit=5&offset=5");
  ASSERT_EQ(page["items"].size(), 5u);
  for (size_t i = 0; i < 5; ++i) EXPECT_EQ(page["items"][i]["id"], all["items"][i + 5]["id"]);
  EXPECT_EQ(Get("/api/articles")["items"].size(), std::min<size_t>(n, 50));
  const json& first = all["items"][0];
  for (const char* field :
       {"id", "title", "outlet", "published", "url", "events", "quotes", "copy_original"})
    EXPECT_TRUE(first.contains(field)) << field;
  const std::string outlet = first["outlet"];
  json by_outlet =
      Get("/api/articles?limit=1000&outlet=" + httplib::detail::encode_query_param(Lower(outlet)));
  ASSERT_FALSE(by_outlet["items"].empty());
  for (const json& a : by_outlet["items"]) EXPECT_EQ(a["outlet"], outlet);
  json dated = Get("/api/articles?limit=1000&from=2024-07-12&to=2024-07-12");
  for (const json& a : dated["items"])
    EXPECT_EQ(a["published"].get<std::string>().substr(0, 10), "2024-07-12");
  EXPECT_LT(dated["items"].size(), n);
}

TEST_F(ServeApiTest, BadParametersAre400WithAnError) {
  for (const char* path :
       {"/api/articles?limit=1001", "/api/articles?limit=abc", "/api/articles?offset=-1",
        "/api/articles?from=2024-13-01", "/api/events?to=yesterday", "/api/events?code=1a",
        "/api/events?source=N%20A", "/api/events?fold_copies=maybe", "/api/quotes?actor=%2A",
        "/api/search", "/api/search?q=%22unterminated", "/api/search?q=nato&from=x",
        "/api/articles/xyz!", "/api/quotes/0000/x", "/api/stats?dyads=1000"}) {
    json j = Get(path, 400);
    EXPECT_TRUE(j.contains("error")) << path;
    EXPECT_FALSE(j["error"].get<std::string>().empty()) << path;
  }
}

TEST_F(ServeApiTest, UnknownIdsAndEndpointsAre404) {
  for (const char* path :
       {"/api/articles/ffffffffffffffff", "/api/copies/ffffffffffffffff",
        "/api/quotes/ffffffffffffffff/0", "/api/nothing", "/api/stories/4000000000"}) {
    json j = Get(path, 404);
    EXPECT_TRUE(j.contains("error")) << path;
  }
}

TEST_F(ServeApiTest, AnArticleComesWithOffsetsIntoItsText) {
  json list = Get("/api/articles?limit=1000");
  size_t with_events = 0, with_quotes = 0, with_copies = 0;
  for (const json& item : list["items"]) {
    json a = Get("/api/articles/" + item["id"].get<std::string>());
    EXPECT_EQ(a["id"], item["id"]);
    EXPECT_EQ(a["title"], item["title"]);
    const std::string text = a["text"];
    ASSERT_FALSE(text.empty());
    for (const json& s : a["sentences"]) {
      EXPECT_LT(s[0].get<size_t>(), s[1].get<size_t>());
      EXPECT_LE(s[1].get<size_t>(), text.size());
    }
    EXPECT_EQ(a["events"].size(), item["events"].get<size_t>());
    EXPECT_EQ(a["quotes"].size(), item["quotes"].get<size_t>());
    for (const json& e : a["events"]) {
      EXPECT_LE(e["verb"]["end"].get<size_t>(), text.size());
      EXPECT_LT(e["sentence"].get<size_t>(), a["sentences"].size());
      EXPECT_FALSE(e["rule"].get<std::string>().empty());
    }
    for (const json& q : a["quotes"]) {
      const size_t b = q["inner"]["begin"], e = q["inner"]["end"];
      ASSERT_LE(e, text.size());
      EXPECT_EQ(text.substr(b, e - b), q["text"].get<std::string>());
    }
    for (const json& l : a["copies"]) {
      json other = Get("/api/articles/" + l["other"].get<std::string>());
      const std::string other_text = other["text"];
      for (const json& p : l["passages"]) {
        EXPECT_LE(p["end"].get<size_t>(), text.size());
        EXPECT_LE(p["other_end"].get<size_t>(), other_text.size());
      }
      EXPECT_TRUE(l["direction"] == "copies" || l["direction"] == "copied_by");
    }
    const std::string original = a["original"]["original"];
    EXPECT_EQ(item["copy_original"].is_null() ? a["id"].get<std::string>()
                                              : item["copy_original"].get<std::string>(),
              original);
    with_events += !a["events"].empty();
    with_quotes += !a["quotes"].empty();
    with_copies += !a["copies"].empty();
  }
  EXPECT_GT(with_events, 0u);
  EXPECT_GT(with_quotes, 0u);
  EXPECT_GT(with_copies, 0u);
  // A unique prefix names the article too.
  const std::string id = list["items"][0]["id"];
  EXPECT_EQ(Get("/api/articles/" + id.substr(0, 12))["id"], id);
}

TEST_F(ServeApiTest, HtmlInAnArticleIsAnEscapedJsonString) {
  const std::string id = IdOfTitle(kHostileTitle);
  ASSERT_FALSE(id.empty());
  auto [status, body] = server_->Get("/api/articles/" + id);
  ASSERT_EQ(status, 200);
  // Not a tag anywhere in the bytes sent...
  EXPECT_EQ(body.find("<script"), std::string::npos);
  EXPECT_EQ(body.find("<img"), std::string::npos);
  EXPECT_EQ(body.find("<b>"), std::string::npos);
  EXPECT_NE(body.find("\\u003cscript\\u003e"), std::string::npos);
  // ...and the very text once parsed.
  json a = json::parse(body);
  EXPECT_NE(a["text"].get<std::string>().find("<script>window.__pwned=1</script>"),
            std::string::npos);
  EXPECT_EQ(a["title"], kHostileTitle);
  auto r = server_->client->Get(("/api/articles/" + id).c_str());
  ASSERT_TRUE(r);
  EXPECT_EQ(r->get_header_value("Content-Type"), "application/json; charset=utf-8");
  EXPECT_EQ(r->get_header_value("X-Content-Type-Options"), "nosniff");
}

TEST_F(ServeApiTest, EventsFilterPageAndFold) {
  json nato = Get("/api/events?source=NATO&limit=1000");
  ASSERT_FALSE(nato["items"].empty());
  for (const json& e : nato["items"])
    EXPECT_EQ(e["source"]["code"].get<std::string>().rfind("IGOWSTNAT", 0), 0u) << e.dump();
  json all = Get("/api/events?limit=1000");
  json page = Get("/api/events?limit=3&offset=2");
  ASSERT_EQ(page["items"].size(), 3u);
  for (size_t i = 0; i < 3; ++i) EXPECT_EQ(page["items"][i], all["items"][i + 2]);
  json coded = Get("/api/events?code=11&limit=1000");
  for (const json& e : coded["items"]) EXPECT_EQ(e["root"], "11");
  json folded = Get("/api/events?fold_copies=1&limit=1000");
  ASSERT_FALSE(folded["total"].is_null());
  EXPECT_LT(folded["total"].get<size_t>(), all["items"].size());
  for (const json& e : folded["items"])
    EXPECT_GE(e["articles"].get<int>(), e["sources"].get<int>());
  const std::string article = all["items"][0]["article"];
  const json of_article = Get("/api/events?article=" + article);
  for (const json& e : of_article["items"]) EXPECT_EQ(e["article"], article);
}

TEST_F(ServeApiTest, QuotesListAndOne) {
  json list = Get("/api/quotes?limit=1000");
  ASSERT_GT(list["items"].size(), 10u);
  const json& q = list["items"][3];
  json one = Get("/api/quotes/" + q["article"].get<std::string>() + "/" +
                 std::to_string(q["ordinal"].get<int>()));
  for (auto& [key, value] : q.items()) EXPECT_EQ(one[key], value) << key;
  EXPECT_TRUE(one["variants"].is_array());
  EXPECT_TRUE(one["variants"].is_array());
  Get("/api/quotes/" + q["article"].get<std::string>() + "/9999", 404);
  std::string speaker;
  for (const json& x : list["items"])
    if (!x["speaker"]["canonical"].get<std::string>().empty()) speaker = x["speaker"]["canonical"];
  ASSERT_FALSE(speaker.empty());
  const std::string part = Lower(speaker.substr(speaker.rfind(' ') + 1));
  json by = Get("/api/quotes?speaker=" + httplib::detail::encode_query_param(part));
  ASSERT_FALSE(by["items"].empty());
  for (const json& x : by["items"]) {
    EXPECT_NE((Lower(x["speaker"]["canonical"]) + Lower(x["speaker"]["name"])).find(part),
              std::string::npos);
  }
}

TEST_F(ServeApiTest, AQuoteComesWithItsVariantsAndTheirEdits) {
  json list = Get("/api/quotes?limit=1000");
  size_t with_variants = 0, altered = 0;
  for (const json& q : list["items"]) {
    const std::string article = q["article"];
    const std::string path =
        "/api/quotes/" + article + "/" + std::to_string(q["ordinal"].get<int>());
    json one = Get(path);
    const std::string words = one["text"];
    for (const json& v : one["variants"]) {
      EXPECT_FALSE(v["article"] == article && v["ordinal"] == q["ordinal"]) << path;
      const std::string kind = v["kind"];
      EXPECT_TRUE(kind == "same" || kind == "excerpt" || kind == "altered") << kind;
      const std::string theirs = v["words"];
      for (const json& e : v["edits"]) {
        EXPECT_LE(e["a"][1].get<size_t>(), words.size());
        EXPECT_LE(e["b"][1].get<size_t>(), theirs.size());
      }
      altered += kind == "altered" && !v["edits"].empty();
      // The variant lists this quote back.
      json back = Get("/api/quotes/" + v["article"].get<std::string>() + "/" +
                      std::to_string(v["ordinal"].get<int>()));
      bool found = false;
      for (const json& w : back["variants"])
        found |= w["article"] == article && w["ordinal"] == q["ordinal"];
      EXPECT_TRUE(found) << path << " <- " << v["article"];
    }
    with_variants += !one["variants"].empty();
  }
  EXPECT_GT(with_variants, 0u);
  EXPECT_GT(altered, 0u);
}

TEST_F(ServeApiTest, CopyGroupsAndLinks) {
  json groups = Get("/api/copies");
  ASSERT_FALSE(groups["items"].empty());
  EXPECT_EQ(groups["total"].get<size_t>(), Get("/api/stats")["copy_groups"].get<size_t>());
  const json& g = groups["items"][0];
  ASSERT_GE(g["members"].size(), 2u);
  for (const json& member : g["members"]) {
    json links = Get("/api/copies/" + member.get<std::string>());
    EXPECT_EQ(links["article"], member);
    EXPECT_EQ(links["original"]["original"], g["original"]);
    EXPECT_FALSE(links["links"].empty());
  }
}

TEST_F(ServeApiTest, SearchFindsArticlesAndQuotesWithMarkedSnippets) {
  json r = Get("/api/search?q=china&limit=100");
  ASSERT_FALSE(r["articles"].empty());
  for (const json& h : r["articles"]) {
    const std::string snippet = h["snippet"];
    ASSERT_FALSE(h["marks"].empty()) << h.dump();
    for (const json& m : h["marks"]) {
      const size_t b = m[0], e = m[1];
      ASSERT_LE(e, snippet.size());
      EXPECT_EQ(Lower(snippet.substr(b, e - b)), "china");
    }
  }
  json quotes = Get("/api/search?q=russia&limit=100");
  ASSERT_FALSE(quotes["quotes"].empty());
  for (const json& h : quotes["quotes"]) {
    EXPECT_NE(
        Lower(h["words"].get<std::string>() + " " + h["speaker"].get<std::string>()).find("russia"),
        std::string::npos);
  }
  // Filters narrow.
  json nato = Get("/api/search?q=china&actor=NATO&limit=100");
  EXPECT_LT(nato["articles"].size(), r["articles"].size());
  for (const json& h : nato["articles"]) {
    bool has = false;
    const json a = Get("/api/articles/" + h["id"].get<std::string>());
    for (const json& e : a["events"]) {
      has |= e["source"]["code"].get<std::string>().rfind("IGOWSTNAT", 0) == 0;
      has |= e["target"].is_object() &&
             e["target"]["code"].get<std::string>().rfind("IGOWSTNAT", 0) == 0;
    }
    EXPECT_TRUE(has) << h["id"];
  }
  const std::string outlet = r["articles"][0]["outlet"];
  const json by_outlet =
      Get("/api/search?q=china&outlet=" + httplib::detail::encode_query_param(outlet));
  for (const json& h : by_outlet["articles"]) EXPECT_EQ(h["outlet"], outlet);
  EXPECT_TRUE(Get("/api/search?q=china&from=2030-01-01")["articles"].empty());
  // The hostile article is found by its words, its tags still text.
  json hostile = Get("/api/search?q=pwned");
  ASSERT_EQ(hostile["articles"].size(), 1u);
  EXPECT_EQ(hostile["articles"][0]["title"], kHostileTitle);
}

TEST_F(ServeApiTest, CachedReadsSeeAnotherProcesssWrites) {
  const uint64_t before = Get("/api/stats")["articles"];
  EXPECT_EQ(Get("/api/stats")["articles"], before);  // cached
  const std::string more = (*dir_ / "more.jsonl").string();
  WriteFile(more, json{{"title", "A later article"},
                       {"outlet", "Test Outlet"},
                       {"published", "2024-07-16"},
                       {"text", "The United Nations praised Kenya on Tuesday."}}
                          .dump() +
                      "\n");
  ASSERT_LE(IngestInto(*db_, {more}, *dir_), 1);
  EXPECT_EQ(Get("/api/stats")["articles"].get<uint64_t>(), before + 1);
  EXPECT_FALSE(IdOfTitle("A later article").empty());
}

TEST_F(ServeApiTest, IngestIsForbiddenWithoutAToken) {
  auto r = server_->client->Post("/api/ingest", R"({"title":"x","text":"y"})", "application/json");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 403);
  EXPECT_TRUE(json::parse(r->body).contains("error"));
}

TEST_F(ServeApiTest, WithoutAWebDirectoryTheRootSaysSo) {
  auto [status, body] = server_->Get("/");
  EXPECT_EQ(status, 200);
  EXPECT_NE(body.find("--web"), std::string::npos);
  EXPECT_EQ(server_->Get("/app.js").first, 404);
}

TEST_F(ServeApiTest, StoriesListAndOneStoryAgree) {
  json list = Get("/api/stories?limit=1000");
  ASSERT_FALSE(list["items"].empty());
  size_t articles = 0;
  for (const json& s : list["items"]) articles += s["articles"].get<size_t>();
  json stats = Get("/api/stats");
  EXPECT_EQ(articles, stats["storied_articles"].get<size_t>());
  const json& first = list["items"][0];
  json story = Get("/api/stories/" + std::to_string(first["id"].get<uint32_t>()));
  EXPECT_EQ(story["label"], first["label"]);
  EXPECT_EQ(story["members"].size(), first["articles"].get<size_t>());
  for (const json& m : story["members"]) EXPECT_FALSE(m["rule"].get<std::string>().empty());
  Get("/api/stories/seven", 400);
}

TEST_F(ServeApiTest, RelationsSeriesAndItsBucketsAgree) {
  for (const char* count : {"sources", "reports"}) {
    const std::string q = std::string("a=NATO&b=CHN&by=month&direction=both&count=") + count;
    json series = Get("/api/relations?" + q);
    EXPECT_EQ(series["a"], "IGOWSTNAT*");
    uint64_t total = 0;
    for (const json& p : series["points"]) {
      total += p["total"].get<uint64_t>();
      json events = Get("/api/relations/events?" + q +
                        "&limit=1000&bucket=" + p["bucket"].get<std::string>());
      EXPECT_EQ(events["total"], p["total"]) << count << " " << p["bucket"];
      for (const json& e : events["items"]) {
        const std::string src = e["source"]["code"], dst = e["target"]["code"];
        const bool nato_china = src.rfind("IGOWSTNAT", 0) == 0 && dst.rfind("CHN", 0) == 0;
        const bool china_nato = src.rfind("CHN", 0) == 0 && dst.rfind("IGOWSTNAT", 0) == 0;
        EXPECT_TRUE(nato_china || china_nato) << src << " " << dst;
      }
    }
    EXPECT_GT(total, 0u) << "the sample corpus has NATO-China events";
  }
  Get("/api/relations?a=NATO&b=CHN&by=year", 400);
  Get("/api/relations?a=NATO", 400);
  Get("/api/relations/events?a=NATO&b=CHN&by=month&bucket=2024-13", 400);
  Get("/api/relations/events?a=NATO&b=CHN&by=week&bucket=2024-07", 400);
}

TEST_F(ServeApiTest, WeekBucketsListTheirEvents) {
  json series = Get("/api/relations?a=NATO&b=CHN&by=week");
  for (const json& p : series["points"]) {
    json events = Get("/api/relations/events?a=NATO&b=CHN&by=week&limit=1000&bucket=" +
                      p["bucket"].get<std::string>());
    EXPECT_EQ(events["total"], p["total"]) << p["bucket"];
    EXPECT_EQ(events["first"], p["first"]);
    EXPECT_EQ(events["last"], p["last"]);
  }
}

}  // namespace
}  // namespace dyad::testing
