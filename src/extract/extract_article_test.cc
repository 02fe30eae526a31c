// Tests for ExtractArticle: dispatch, container metadata first, URL
// fallbacks for text, the repeated-title rule, and empty documents.
#include <gtest/gtest.h>

#include "dyad/extract.h"

namespace dyad {
namespace {

constexpr char kProse[] =
    "The alliance agreed on Tuesday to expand its air defence support, officials said after the "
    "meeting in Brussels.";

TEST(ExtractArticleTest, ContainerMetadataWins) {
  RawDocument doc;
  doc.type = ContentType::kText;
  doc.body = std::string("Some headline here - DW - 10/07/2024\n") + kProse;
  doc.title = "Container  title";
  doc.outlet = "Associated Press";
  doc.published = "2024-07-12T10:00:00Z";
  doc.url = "https://example.org/2024/07/01/x";
  Result<Article> a = ExtractArticle(doc);
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->title, "Container title");
  EXPECT_EQ(a->title_source, FieldSource::kContainer);
  EXPECT_EQ(a->outlet, "AP");
  EXPECT_EQ(a->outlet_source, FieldSource::kContainer);
  EXPECT_EQ(a->published, "2024-07-12T10:00:00Z");
  EXPECT_EQ(a->published_source, FieldSource::kContainer);
  EXPECT_EQ(a->published_evidence, "2024-07-12T10:00:00Z");
  EXPECT_EQ(a->url, "https://example.org/2024/07/01/x");
  EXPECT_EQ(a->text, kProse);
}

TEST(ExtractArticleTest, DocumentEvidenceFillsTheGaps) {
  RawDocument doc;
  doc.body = std::string("Some headline here - DW - 10/07/2024\n") + kProse;
  doc.published = "not a date";
  Result<Article> a = ExtractArticle(doc);
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->title, "Some headline here");
  EXPECT_EQ(a->outlet, "DW");
  EXPECT_EQ(a->published, "2024-07-10");
  EXPECT_EQ(a->published_source, FieldSource::kHeaderLine);
}

TEST(ExtractArticleTest, UrlFallbacksForText) {
  RawDocument doc;
  doc.body = kProse;
  doc.url = "https://www.reuters.com/world/2024/07/10/story/";
  Result<Article> a = ExtractArticle(doc);
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->outlet, "Reuters");
  EXPECT_EQ(a->outlet_source, FieldSource::kUrl);
  EXPECT_EQ(a->published, "2024-07-10");
  EXPECT_EQ(a->published_source, FieldSource::kUrl);
}

TEST(ExtractArticleTest, RepeatedTitleParagraphIsDropped) {
  RawDocument doc;
  doc.body = std::string("Allies agree on air defence.\n") + kProse;
  doc.title = "Allies agree on air defence.";
  Result<Article> a = ExtractArticle(doc);
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->text, kProse);
  ASSERT_EQ(a->paragraphs.size(), 1u);
  EXPECT_EQ(a->paragraphs[0].span.begin, 0u);
  EXPECT_EQ(a->paragraphs[0].span.view(a->text), kProse);
}

TEST(ExtractArticleTest, DispatchesHtml) {
  RawDocument doc;
  doc.type = ContentType::kHtml;
  doc.body =
      "<html lang=en><head><title>Allies agree - The Gazette</title></head>"
      "<body><article><p>Body text.</p></article></body></html>";
  doc.url = "https://gazette.example.com/a";
  Result<Article> a = ExtractArticle(doc);
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->title, "Allies agree");
  EXPECT_EQ(a->outlet, "The Gazette");
  EXPECT_EQ(a->text, "Body text.");
  EXPECT_EQ(a->language, "en");
}

TEST(ExtractArticleTest, NoTextIsInvalidArgument) {
  RawDocument doc;
  doc.source = "a.jsonl";
  doc.locator = "line 3";
  doc.body = "  \n";
  Result<Article> a = ExtractArticle(doc);
  ASSERT_FALSE(a.ok());
  EXPECT_TRUE(a.status().IsInvalidArgument());
  EXPECT_NE(a.status().message().find("a.jsonl, line 3"), std::string::npos);
}

TEST(FieldSourceNameTest, NamesEverySource) {
  EXPECT_EQ(FieldSourceName(FieldSource::kNone), "none");
  EXPECT_EQ(FieldSourceName(FieldSource::kContainer), "container");
  EXPECT_EQ(FieldSourceName(FieldSource::kJsonLd), "json-ld");
  EXPECT_EQ(FieldSourceName(FieldSource::kSelfReference), "self-reference");
  EXPECT_EQ(FieldSourceName(FieldSource::kTitleTag), "title-tag");
}

}  // namespace
}  // namespace dyad
