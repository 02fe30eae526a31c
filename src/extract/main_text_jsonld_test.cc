// Tests for the JSON-LD articleBody fallback.
#include "extract/main_text_jsonld.h"

#include <gtest/gtest.h>
#include <gumbo.h>

#include <string>

#include "extract/main_text.h"

namespace dyad::extract {
namespace {

TEST(JsonLdArticleBodyTest, FindsLongestBodyInGraph) {
  std::vector<std::string> docs = {
      R"({"@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","articleBody":"  Long body.  "}]})",
      R"([{"articleBody":"Short"}])"};
  EXPECT_EQ(JsonLdArticleBody(docs), "Long body.");
}

TEST(JsonLdArticleBodyTest, SkipsMalformedJsonAndMarkup) {
  EXPECT_EQ(JsonLdArticleBody({"{\"articleBody\": \"unterminated"}), "");
  EXPECT_EQ(JsonLdArticleBody({R"({"articleBody":"<p>Body</p>"})"}), "");
  EXPECT_EQ(JsonLdArticleBody({}), "");
}

TEST(SplitArticleBodyTest, ParagraphsAtLineBreaks) {
  auto p = SplitArticleBody("First  line.\n\n  Second\tline.\r\n");
  ASSERT_EQ(p.size(), 2u);
  EXPECT_EQ(p[0], "First line.");
  EXPECT_EQ(p[1], "Second line.");
}

TEST(FindMainTextJsonLdTest, UsedWhenTheDomHoldsLittleOfTheBody) {
  std::string body;
  for (int i = 0; i < 10; ++i)
    body += "Paragraph " + std::to_string(i) + " of the script-rendered story, with words.\\n";
  std::string html =
      "<html><head><script type='application/ld+json'>{\"@type\":\"NewsArticle\","
      "\"articleBody\":\"" +
      body + "\"}</script></head><body><div id='app'>Loading the story...</div></body></html>";
  GumboOutput* out = gumbo_parse(html.c_str());
  MainText main = FindMainText(out->root);
  gumbo_destroy_output(&kGumboDefaultOptions, out);
  ASSERT_EQ(main.paragraphs.size(), 10u);
  EXPECT_EQ(main.paragraphs[3], "Paragraph 3 of the script-rendered story, with words.");
}

}  // namespace
}  // namespace dyad::extract
