// End-to-end tests of bad input: each fault is reported naming its file (and
// record), the rest of the input is stored, the exit code is 1, and a re-run
// neither loses nor duplicates anything.
#include <gtest/gtest.h>
#include <zlib.h>

#include <nlohmann/json.hpp>

#include "test_util.h"

namespace dyad::testing {
namespace {

using nlohmann::json;

std::string Gzip(const std::string& data) {
  z_stream zs{};
  deflateInit2(&zs, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
  std::string out(deflateBound(&zs, data.size()) + 32, '\0');
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  zs.avail_in = static_cast<uInt>(data.size());
  zs.next_out = reinterpret_cast<Bytef*>(out.data());
  zs.avail_out = static_cast<uInt>(out.size());
  deflate(&zs, Z_FINISH);
  out.resize(zs.total_out);
  deflateEnd(&zs);
  return out;
}

std::string Paragraphs(const std::string& topic) {
  return "Officials discussed " + topic + " at length on Tuesday.\n\n" + "The talks on " + topic +
         " will continue next month, a spokesperson said.\n";
}

TEST(BadInputTest, ReportsEachFaultAndStoresTheRest) {
  ScratchDir dir;
  fs::create_directories(dir.path() / "in");
  WriteFile(dir / "in/good1.txt", Paragraphs("grain exports"));
  WriteFile(dir / "in/good2.html", "<html><head><title>Port deal</title></head><body><article><p>" +
                                       Paragraphs("a port deal") + "</p></article></body></html>");
  WriteFile(dir / "in/empty.txt", "");
  std::string bad_utf8 = Paragraphs("fishing rights");
  bad_utf8.insert(10, "\xff\xfe");
  WriteFile(dir / "in/bad_utf8.txt", bad_utf8);
  std::string gz = Gzip(Paragraphs("border crossings"));
  WriteFile(dir / "in/truncated.txt.gz", gz.substr(0, gz.size() / 2));
  WriteFile(dir / "in/broken.html", "<html><body><div><p>Unclosed <b>markup about " +
                                        Paragraphs("pipeline tariffs") + "<table><tr><td>");
  WriteFile(dir / "in/huge.txt", std::string(5000, 'x') + "\n");
  const std::string db = dir / "store.db";
  const std::vector<std::string> args = {"--db",
                                         db,
                                         "ingest",
                                         "--json",
                                         "--max-file-size",
                                         "4KB",
                                         dir / "in",
                                         dir / "in/does-not-exist.txt"};

  auto r = RunDyad(args, dir);
  EXPECT_EQ(r.exit_code, 1) << r.err;
  for (const char* name :
       {"empty.txt", "bad_utf8.txt", "truncated.txt.gz", "huge.txt", "does-not-exist.txt"}) {
    EXPECT_NE(r.err.find(name), std::string::npos) << name << " not named in:\n" << r.err;
  }
  json s = json::parse(r.out);
  // good1, good2, bad_utf8 (repaired) and broken.html (parsed as a browser would).
  EXPECT_EQ(s["store"]["articles"], 4) << r.out;
  EXPECT_EQ(s["run"]["repaired"], 1);
  EXPECT_GE(s["run"]["rejected"], 4);  // empty, truncated, huge, missing

  auto again = RunDyad(args, dir);
  EXPECT_EQ(again.exit_code, 1);
  json s2 = json::parse(again.out);
  EXPECT_EQ(s2["run"]["articles_new"], 0);
  EXPECT_EQ(s2["store"]["articles"], 4);
  EXPECT_EQ(s2["store"]["sources"], s["store"]["sources"]);
}

TEST(BadInputTest, ABadJsonLineNamesItsLineAndKeepsTheOthers) {
  ScratchDir dir;
  WriteFile(dir / "feed.jsonl", R"({"title":"One","text":"The first article is fine."})"
                                "\n{not json at all\n"
                                R"({"title":"Three","text":"The third article is fine too."})"
                                "\n");
  auto r = RunDyad({"--db", dir / "s.db", "ingest", "--json", dir / "feed.jsonl"}, dir);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("feed.jsonl"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("line 2"), std::string::npos) << r.err;
  EXPECT_EQ(json::parse(r.out)["store"]["articles"], 2);
}

}  // namespace
}  // namespace dyad::testing
