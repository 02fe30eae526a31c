// End-to-end tests of the web page's static files under `dyad serve`:
// index.html for "/" and for the page's own routes, Content-Type and
// Cache-Control, and path traversal refused in every spelling (dot
// segments, percent-encoded dots and slashes, backslashes, a symbolic link
// out of the directory): never a byte of a file outside it.
#include <gtest/gtest.h>

#include "serve/static_files.h"
#include "serve_test_util.h"

namespace dyad::testing {
namespace {

constexpr const char* kSecret = "TOP-SECRET-OUTSIDE-THE-WEB-DIRECTORY";

class ServeStaticTest : public ::testing::Test {
 protected:
  void SetUp() override {
    db_ = dir_ / "store.db";
    ASSERT_TRUE(OpenSqliteStore(db_).ok());
    fs::create_directories(dir_.path() / "web" / "assets");
    WriteFile(dir_ / "web/index.html", "<!doctype html><title>page</title>INDEX");
    WriteFile(dir_ / "web/assets/app-3f2a1b.js", "console.log('app')");
    WriteFile(dir_ / "web/favicon.svg", "<svg/>");
    WriteFile(dir_ / "secret.txt", kSecret);
    fs::create_symlink(dir_.path() / "secret.txt", dir_.path() / "web" / "link.txt");
    ServeOptions options;
    options.db = db_;
    options.web_dir = dir_ / "web";
    server_ = std::make_unique<RunningServer>(options);
    ASSERT_NE(server_->server, nullptr);
  }

  ScratchDir dir_;
  std::string db_;
  std::unique_ptr<RunningServer> server_;
};

TEST_F(ServeStaticTest, ServesTheIndexAndAssetsWithTheirTypes) {
  auto r = server_->client->Get("/");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200);
  EXPECT_NE(r->body.find("INDEX"), std::string::npos);
  EXPECT_EQ(r->get_header_value("Content-Type"), "text/html; charset=utf-8");
  EXPECT_EQ(r->get_header_value("Cache-Control"), "no-cache");
  r = server_->client->Get("/assets/app-3f2a1b.js");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200);
  EXPECT_EQ(r->body, "console.log('app')");
  EXPECT_EQ(r->get_header_value("Content-Type"), "text/javascript; charset=utf-8");
  EXPECT_EQ(r->get_header_value("Cache-Control"), "public, max-age=31536000, immutable");
  r = server_->client->Get("/favicon.svg");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->get_header_value("Content-Type"), "image/svg+xml");
}

TEST_F(ServeStaticTest, ThePagesOwnRoutesGetTheIndex) {
  for (const char* path : {"/article/0123abcd", "/relations", "/story/7/"}) {
    auto [status, body] = server_->Get(path);
    EXPECT_EQ(status, 200) << path;
    EXPECT_NE(body.find("INDEX"), std::string::npos) << path;
  }
  EXPECT_EQ(server_->Get("/missing.png").first, 404);
  EXPECT_EQ(server_->Get("/assets/missing.js").first, 404);
}

TEST_F(ServeStaticTest, PathTraversalIsRefused) {
  const int port = server_->server->port();
  for (const char* target :
       {"/../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E/secret.txt", "/assets/../../secret.txt",
        "/assets/%2e%2e/%2e%2e/secret.txt", "/..%2fsecret.txt", "/%2e%2e%2fsecret.txt",
        "/..%5csecret.txt", "/%5c..%5csecret.txt", "/assets%5c..%5c..%5csecret.txt",
        "/.%2e/secret.txt", "/link.txt", "/%00/../secret.txt", "/./index.html", "//secret.txt",
        "/web/../../secret.txt"}) {
    auto [status, response] = RawGet(port, target);
    EXPECT_TRUE(status == 400 || status == 404) << target << " -> " << status;
    EXPECT_EQ(response.find(kSecret), std::string::npos) << target;
  }
  // The check itself, on decoded paths.
  EXPECT_FALSE(serve::StaticFiles::SafePath("/a/../b"));
  EXPECT_FALSE(serve::StaticFiles::SafePath("/a\\b"));
  EXPECT_FALSE(serve::StaticFiles::SafePath("/."));
  EXPECT_FALSE(serve::StaticFiles::SafePath("//etc/passwd"));
  EXPECT_TRUE(serve::StaticFiles::SafePath("/a/b..c/d.js"));
  EXPECT_TRUE(serve::StaticFiles::SafePath("/story/7/"));
}

}  // namespace
}  // namespace dyad::testing
