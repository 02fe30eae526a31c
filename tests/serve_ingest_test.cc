// End-to-end tests of POST /api/ingest and the request limits: without a
// token ingest is refused (403, see serve_api_test.cc), with one it needs
// the right bearer token (401 otherwise); posted articles are stored once
// (posting them again adds nothing) and show at once in cached reads; bad
// bodies are 400 and bodies above the limit 413.
#include <gtest/gtest.h>

#include "serve_test_util.h"

namespace dyad::testing {
namespace {

using nlohmann::json;

constexpr const char* kToken = "s3cret-token";

class ServeIngestTest : public ::testing::Test {
 protected:
  void SetUp() override {
    db_ = dir_ / "store.db";
    ASSERT_TRUE(OpenSqliteStore(db_).ok());  // an empty store
    ServeOptions options;
    options.db = db_;
    options.ingest_token = kToken;
    options.max_request_bytes = 64 * 1024;
    server_ = std::make_unique<RunningServer>(options);
    ASSERT_NE(server_->server, nullptr);
  }
  httplib::Result Post(const std::string& body, const std::string& authorization) {
    httplib::Headers headers;
    if (!authorization.empty()) headers.emplace("Authorization", authorization);
    return server_->client->Post("/api/ingest", headers, body, "application/json");
  }

  ScratchDir dir_;
  std::string db_;
  std::unique_ptr<RunningServer> server_;
};

const std::string kArticles = json::array({{{"title", "Posted one"},
                                            {"outlet", "Wire"},
                                            {"published", "2024-07-15"},
                                            {"text", "NATO criticised China on Monday."}},
                                           {{"title", "Posted two"},
                                            {"outlet", "Wire"},
                                            {"published", "2024-07-16"},
                                            {"text", "Russia praised India on Tuesday."}}})
                                  .dump();

TEST_F(ServeIngestTest, NeedsTheRightBearerToken) {
  for (const std::string& auth :
       {std::string(), std::string("Bearer wrong"), std::string(kToken),
        std::string("Basic ") + kToken, std::string("Bearer ") + kToken + "x"}) {
    auto r = Post(kArticles, auth);
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 401) << auth;
    EXPECT_EQ(r->get_header_value("WWW-Authenticate"), "Bearer");
  }
  EXPECT_EQ(server_->GetJson("/api/stats")["articles"], 0);
}

TEST_F(ServeIngestTest, StoresPostedArticlesOnceAndReadsSeeThem) {
  EXPECT_EQ(server_->GetJson("/api/stats")["articles"], 0);  // now cached
  auto r = Post(kArticles, std::string("Bearer ") + kToken);
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 200) << r->body;
  json summary = json::parse(r->body);
  EXPECT_EQ(summary["run"]["articles_new"], 2);
  EXPECT_EQ(summary["store"]["articles"], 2);
  EXPECT_EQ(server_->GetJson("/api/stats")["articles"], 2);
  json list = server_->GetJson("/api/articles");
  ASSERT_EQ(list["items"].size(), 2u);
  EXPECT_EQ(list["items"][0]["title"], "Posted two");  // newest first
  // One object alone is accepted too; the same articles again add nothing.
  r = Post(json::parse(kArticles)[0].dump(), std::string("Bearer ") + kToken);
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 200) << r->body;
  summary = json::parse(r->body);
  EXPECT_EQ(summary["run"]["articles_new"], 0);
  EXPECT_EQ(summary["run"]["articles_known"], 1);
  EXPECT_EQ(server_->GetJson("/api/stats")["articles"], 2);
  EXPECT_EQ(server_->GetJson("/api/search?q=india")["articles"].size(), 1u);
}

TEST_F(ServeIngestTest, BadBodiesAre400) {
  for (const std::string& body : {std::string("not json"), std::string("[]"), std::string("42"),
                                  std::string(R"([{"title":"no text"}])"),
                                  std::string(R"({"text": 7})"), std::string(R"(["a string"])")}) {
    auto r = Post(body, std::string("Bearer ") + kToken);
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 400) << body;
    EXPECT_TRUE(json::parse(r->body).contains("error")) << body;
  }
  EXPECT_EQ(server_->GetJson("/api/stats")["articles"], 0);
}

TEST_F(ServeIngestTest, TooLargeIs413) {
  const std::string big = json{{"title", "big"}, {"text", std::string(100 * 1024, 'a')}}.dump();
  auto r = Post(big, std::string("Bearer ") + kToken);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 413);
  EXPECT_EQ(server_->GetJson("/api/stats")["articles"], 0);
  EXPECT_EQ(server_->Get("/api/health").first, 200);  // still serving
}

}  // namespace
}  // namespace dyad::testing
