// Tests for class/id/role hints and furniture lines.
#include "extract/main_text_hints.h"

#include <gtest/gtest.h>

#include <string>

namespace dyad::extract {
namespace {

// Parses `<div ATTRS></div>` and classifies the div.
ElementHints HintsFor(const std::string& attrs) {
  std::string html = "<div " + attrs + "></div>";
  GumboOutput* out = gumbo_parse(html.c_str());
  const auto* body = static_cast<const GumboNode*>(out->root->v.element.children.data[1]);
  const auto* div = static_cast<const GumboNode*>(body->v.element.children.data[0]);
  ElementHints hints = ClassifyElement(div->v.element);
  gumbo_destroy_output(&kGumboDefaultOptions, out);
  return hints;
}

TEST(ClassifyElementTest, FurnitureNames) {
  EXPECT_TRUE(HintsFor("class='share-bar'").furniture);
  EXPECT_TRUE(HintsFor("id='comments'").furniture);
  EXPECT_TRUE(HintsFor("class='relatedStories'").furniture);
  EXPECT_TRUE(HintsFor("class='ad'").furniture);
  EXPECT_TRUE(HintsFor("role='navigation'").furniture);
  EXPECT_TRUE(HintsFor("itemprop='author'").furniture);
  EXPECT_LT(HintsFor("class='sidebar'").weight, 0);
}

TEST(ClassifyElementTest, WordsAreNotMatchedInsideOtherWords) {
  EXPECT_FALSE(HintsFor("class='header-shadow'").body);
  EXPECT_FALSE(HintsFor("class='readable'").furniture);  // "ad" only as a whole word
  EXPECT_FALSE(HintsFor("class='loaded'").furniture);
}

TEST(ClassifyElementTest, ContentAndBodyNames) {
  EXPECT_GT(HintsFor("class='article'").weight, 0);
  EXPECT_TRUE(HintsFor("class='article__body'").body);
  EXPECT_FALSE(HintsFor("class='social-media-embed'").furniture);
  EXPECT_TRUE(HintsFor("class='entry-content'").body);
  EXPECT_TRUE(HintsFor("itemprop='articleBody'").body);
  EXPECT_FALSE(HintsFor("itemprop='articleBody' class='related'").furniture);
}

TEST(ClassifyElementTest, HiddenElements) {
  EXPECT_TRUE(HintsFor("hidden").hidden);
  EXPECT_TRUE(HintsFor("style='display: none'").hidden);
  EXPECT_TRUE(HintsFor("style='VISIBILITY:hidden'").hidden);
  EXPECT_TRUE(HintsFor("class='sr-only'").hidden);
  EXPECT_FALSE(HintsFor("style='display: block'").hidden);
  EXPECT_FALSE(HintsFor("class='hidden-xs'").hidden);
}

TEST(IsFurnitureLineTest, GenericLines) {
  EXPECT_TRUE(IsFurnitureLine("Advertisement"));
  EXPECT_TRUE(IsFurnitureLine("READ MORE:"));
  EXPECT_TRUE(IsFurnitureLine("Photo: Jane Doe / Agency"));
  EXPECT_TRUE(IsFurnitureLine("Share this article"));
  EXPECT_FALSE(IsFurnitureLine("The mayor said she would read more reports."));
  EXPECT_FALSE(IsFurnitureLine(std::string(200, 'x')));
}

TEST(IsCaptionLineTest, CreditInParenthesesAtTheEnd) {
  EXPECT_TRUE(IsCaptionLine("Protesters at the airport (Image: AGENCY )"));
  EXPECT_TRUE(IsCaptionLine("A view of the river (Photo by Jane Doe)"));
  EXPECT_FALSE(IsCaptionLine("The mayor (who spoke first) agreed."));
  EXPECT_FALSE(IsCaptionLine("He said the (image: blurred) was fine, and left"));
}

}  // namespace
}  // namespace dyad::extract
