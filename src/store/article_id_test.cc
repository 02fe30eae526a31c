// Tests for ArticleId: the streaming hash must give exactly the ids of the
// first implementation (which built the whole folded key, then hashed it),
// since ids already stored must keep matching; and the documented folding.
#include <gtest/gtest.h>
#include <xxhash.h>

#include <cctype>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "dyad/store.h"
#include "dyad/text.h"

namespace dyad {
namespace {

// The first implementation, kept here as the reference.
void ReferenceAppendFolded(std::string_view s, std::string& out) {
  bool pending_space = false;
  for (char c : s) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v') {
      pending_space = true;
      continue;
    }
    if (pending_space && !out.empty() && out.back() != '\x1f') out += ' ';
    pending_space = false;
    out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
}

std::string ReferenceArticleId(const Article& article) {
  std::string key;
  ReferenceAppendFolded(article.outlet, key);
  key += '\x1f';
  ReferenceAppendFolded(MatchingText(article.text).text(), key);
  XXH64_hash_t h = XXH3_64bits(key.data(), key.size());
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(h));
  return hex;
}

Article MakeArticle(std::string outlet, std::string text) {
  Article a;
  a.outlet = std::move(outlet);
  a.text = std::move(text);
  return a;
}

TEST(ArticleIdTest, MatchesTheReferenceOnGeneratedTexts) {
  // Pieces that exercise the folding: white space runs at either end,
  // capitals, the outlet separator inside a text, characters MatchingText
  // replaces (curly quotes, NBSP, ellipsis, soft hyphen).
  const std::vector<std::string> pieces = {"A",
                                           "b",
                                           "Z",
                                           " ",
                                           "\t",
                                           "\n\n",
                                           "\r\n",
                                           "\f\v",
                                           "\x1f",
                                           ".",
                                           "\xE2\x80\x9C",
                                           "\xE2\x80\x99",
                                           "\xC2\xA0",
                                           "\xE2\x80\xA6",
                                           "\xC2\xAD",
                                           "\xC3\x89",
                                           "Word",
                                           "  ",
                                           "\xE2\x80\x94"};
  std::mt19937 rng(11);
  for (int round = 0; round < 5000; ++round) {
    auto random_text = [&](int max_pieces) {
      std::string s;
      const int n = static_cast<int>(rng() % max_pieces);
      for (int k = 0; k < n; ++k) s += pieces[rng() % pieces.size()];
      return s;
    };
    Article a = MakeArticle(random_text(6), random_text(40));
    ASSERT_EQ(ArticleId(a), ReferenceArticleId(a)) << a.outlet << "|" << a.text;
  }
  // Long texts cross the hashing buffer many times.
  for (size_t size : {size_t{4095}, size_t{4096}, size_t{4097}, size_t{100000}}) {
    std::string text;
    while (text.size() < size) text += pieces[rng() % pieces.size()];
    Article a = MakeArticle("The  Outlet ", text);
    ASSERT_EQ(ArticleId(a), ReferenceArticleId(a)) << size;
  }
}

TEST(ArticleIdTest, MatchesTheReferenceOnTheSampleCorpus) {
  namespace fs = std::filesystem;
  const fs::path corpus = fs::path(DYAD_SOURCE_DIR) / "examples" / "corpus";
  ASSERT_TRUE(fs::exists(corpus)) << corpus;
  size_t files = 0;
  for (const auto& entry : fs::recursive_directory_iterator(corpus)) {
    if (!entry.is_regular_file()) continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::stringstream body;
    body << in.rdbuf();
    Article a = MakeArticle(entry.path().parent_path().filename().string(), body.str());
    ASSERT_EQ(ArticleId(a), ReferenceArticleId(a)) << entry.path();
    ++files;
  }
  EXPECT_GT(files, 10u);
}

TEST(ArticleIdTest, FoldsCaseSpacesAndQuotes) {
  const std::string id = ArticleId(MakeArticle("Outlet", "He said \xE2\x80\x9Chi\xE2\x80\x9D."));
  EXPECT_EQ(id.size(), 16u);
  EXPECT_EQ(id, ArticleId(MakeArticle(" OUTLET ", "  he   SAID\n\"hi\".  ")));
  EXPECT_NE(id, ArticleId(MakeArticle("Other", "He said \"hi\".")));
  EXPECT_NE(id, ArticleId(MakeArticle("Outlet", "He said \"ho\".")));
}

}  // namespace
}  // namespace dyad
