// End-to-end tests on the bundled sample corpus (examples/corpus), scored
// against its manifest: every article is found in every format with the
// outlet, title and date the manifest gives (an outlet or date the document
// never states, outlet_stated/date_stated false, may be left empty), exact copies fold into one
// stored article with two sources, and nothing else is merged.
#include <gtest/gtest.h>

#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "test_util.h"

namespace dyad::testing {
namespace {

using nlohmann::json;

json Manifest() {
  return json::parse(ReadFile(SourceDir() + "/examples/corpus-manifest.json"));
}

// `dyad extract FILE` output, one JSON object per document, in file order.
std::vector<json> ExtractAll(const std::string& file, const ScratchDir& dir) {
  auto r = RunDyad({"extract", file}, dir);
  EXPECT_EQ(r.exit_code, 0) << file << ": " << r.err;
  std::vector<json> docs;
  std::istringstream lines(r.out);
  for (std::string line; std::getline(lines, line);) docs.push_back(json::parse(line));
  return docs;
}

TEST(SampleCorpusTest, ManifestMeetsTheCorpusRequirements) {
  json m = Manifest();
  std::set<std::string> outlets, stories, formats;
  for (const json& a : m["articles"]) {
    outlets.insert(a["outlet"].get<std::string>());
    stories.insert(a["story"].get<std::string>());
    std::string file = a["file"];
    std::string ext = fs::path(file).extension().string();
    if (ext == ".gz") ext = fs::path(file).stem().extension().string() + ".gz";
    formats.insert(ext);
  }
  EXPECT_GE(m["articles"].size(), 60u);
  EXPECT_GE(outlets.size(), 8u);
  EXPECT_GE(stories.size(), 6u);
  for (const char* ext :
       {".txt", ".html", ".jsonl", ".warc", ".warc.gz", ".txt.gz", ".html.gz", ".jsonl.gz"}) {
    EXPECT_TRUE(formats.count(ext)) << "no sample article in " << ext;
  }
}

TEST(SampleCorpusTest, ExtractionFindsEveryArticlesOutletTitleAndDate) {
  ScratchDir dir;
  json m = Manifest();
  std::map<std::string, std::vector<json>> extracted;  // file -> documents
  int checked = 0;
  for (const json& a : m["articles"]) {
    const std::string file = SourceDir() + "/examples/" + a["file"].get<std::string>();
    if (!extracted.count(file)) extracted[file] = ExtractAll(file, dir);
    const auto& docs = extracted[file];
    const size_t index = a["index"].get<size_t>();
    ASSERT_LE(index, docs.size()) << a["id"] << ": " << file << " yielded " << docs.size();
    const json& got = docs[index - 1]["article"];
    SCOPED_TRACE(a["id"].get<std::string>() + " in " + a["file"].get<std::string>());
    // A field the document never states may be left empty, never wrong.
    const std::string outlet = got["outlet"]["value"];
    if (a["outlet_stated"].get<bool>() || !outlet.empty())
      EXPECT_EQ(outlet, a["outlet"]) << "outlet_stated " << a["outlet_stated"];
    EXPECT_EQ(got["title"]["value"], a["title"]);
    const std::string date = got["published"]["value"].get<std::string>().substr(0, 10);
    if (a["date_stated"].get<bool>() || !date.empty())
      EXPECT_EQ(date, a["published"]) << "date_stated " << a["date_stated"];
    // The quoted words are part of the main text.
    for (const json& q : a["quotes"]) {
      EXPECT_NE(got["text"].get<std::string>().find(q["text"].get<std::string>()),
                std::string::npos)
          << "quote missing: " << q["text"];
    }
    // The boilerplate wrapped around it is not: no paragraph is a boilerplate
    // line, and a long boilerplate line is nowhere in the text. (Short ones
    // such as a "China" menu item are words the article itself uses.)
    const std::string text = got["text"];
    std::set<std::string> paragraphs;
    for (size_t at = 0; at <= text.size();) {
      size_t end = text.find("\n\n", at);
      if (end == std::string::npos) end = text.size();
      paragraphs.insert(text.substr(at, end - at));
      at = end + 2;
    }
    for (const json& line : a["boilerplate"]) {
      const std::string b = line;
      EXPECT_FALSE(paragraphs.count(b)) << "boilerplate paragraph kept: " << b;
      if (b.size() > 40) EXPECT_EQ(text.find(b), std::string::npos) << "boilerplate kept: " << b;
    }
    ++checked;
  }
  EXPECT_EQ(checked, static_cast<int>(m["articles"].size()));
}

TEST(SampleCorpusTest, IngestFoldsExactCopiesOnlyAndIsIdempotent) {
  ScratchDir dir;
  json m = Manifest();
  size_t exact_copies = 0;
  std::set<std::string> outlets;
  std::string first = "9999", last = "0000";
  for (const json& a : m["articles"]) {
    if (a["kind"] == "exact_copy") ++exact_copies;
    outlets.insert(a["outlet"].get<std::string>());
    first = std::min(first, a["published"].get<std::string>());
    last = std::max(last, a["published"].get<std::string>());
  }
  const std::string db = dir / "sample.db";
  const std::string corpus = SourceDir() + "/examples/corpus";
  auto r = RunDyad({"--db", db, "ingest", "--json", corpus}, dir);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  json s = json::parse(r.out);
  EXPECT_EQ(s["run"]["documents"], m["articles"].size());
  EXPECT_EQ(s["store"]["articles"], m["articles"].size() - exact_copies);
  EXPECT_EQ(s["store"]["sources"], m["articles"].size());
  EXPECT_EQ(s["store"]["outlets"], outlets.size());
  EXPECT_EQ(s["store"]["first_published"].get<std::string>().substr(0, 10), first);
  EXPECT_EQ(s["store"]["last_published"].get<std::string>().substr(0, 10), last);
  EXPECT_GT(s["run"]["boilerplate_blocks"], 0);

  auto again = RunDyad({"--db", db, "ingest", "--json", corpus}, dir);
  ASSERT_EQ(again.exit_code, 0) << again.err;
  json s2 = json::parse(again.out);
  EXPECT_EQ(s2["run"]["articles_new"], 0);
  EXPECT_EQ(s2["store"]["articles"], s["store"]["articles"]);
  EXPECT_EQ(s2["store"]["sources"], s["store"]["sources"]);
}

}  // namespace
}  // namespace dyad::testing
