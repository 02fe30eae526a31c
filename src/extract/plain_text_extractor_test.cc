// Tests for ExtractPlainText and its header reader on small hand-written
// texts: each header shape, the context rules, verbatim spans, hard-wrapped
// text, bad input.
#include <gtest/gtest.h>

#include <string>

#include "dyad/extract.h"
#include "extract/article_text.h"

namespace dyad {
namespace {

Article MustExtract(std::string_view text, const ExtractOptions& o = ExtractOptions()) {
  Result<Article> a = ExtractPlainText(text, o);
  EXPECT_TRUE(a.ok()) << a.status().ToString();
  return a.ok() ? std::move(a).value() : Article();
}

constexpr char kProse1[] =
    "The alliance agreed on Tuesday to expand its air defence support, officials said after "
    "the meeting.";
constexpr char kProse2[] =
    "Diplomats said the talks would continue next month in Brussels, where ministers will meet.";

TEST(PlainTextTest, HeaderLineWithOutletAndDate) {
  std::string text = std::string("Allies agree on air defence | Reuters | 07/10/2024\n\n") +
                     kProse1 + "\n\n" + kProse2;
  Article a = MustExtract(text);
  EXPECT_EQ(a.title, "Allies agree on air defence");
  EXPECT_EQ(a.outlet, "Reuters");
  EXPECT_EQ(a.published, "2024-10-07");  // day-first: 7 October
  EXPECT_EQ(a.text, std::string(kProse1) + "\n\n" + kProse2);
}

TEST(PlainTextTest, AmericanOutletReadsMonthFirst) {
  std::string text = std::string("Allies agree on air defence - CNN - 07/10/2024\n") + kProse1;
  EXPECT_EQ(MustExtract(text).published, "2024-07-10");
  ExtractOptions month_first;
  month_first.day_first_dates = false;
  std::string dw =
      std::string("Allies agree on air defence - Some Outlet - 07/10/2024\n") + kProse1;
  EXPECT_EQ(MustExtract(dw, month_first).published, "2024-07-10");
  EXPECT_EQ(MustExtract(dw).published, "2024-10-07");
}

TEST(PlainTextTest, KickerTitleBylineAndDateLines) {
  std::string text = std::string(
                         "World\nLeaders gather for the summit\nBy Jane Doe | July 10, "
                         "2024\n") +
                     kProse1;
  Article a = MustExtract(text);
  EXPECT_EQ(a.title, "Leaders gather for the summit");
  EXPECT_EQ(a.byline, "Jane Doe");
  EXPECT_EQ(a.published, "2024-07-10");
  EXPECT_EQ(a.text, kProse1);
  EXPECT_EQ(a.boilerplate_blocks, 1u);  // the kicker "World"
  ASSERT_EQ(a.boilerplate_sample.size(), 1u);
  EXPECT_EQ(a.boilerplate_sample[0], "World");
}

TEST(PlainTextTest, BareTitleLine) {
  Article a = MustExtract(std::string("Leaders gather for the summit\n\n") + kProse1);
  EXPECT_EQ(a.title, "Leaders gather for the summit");
  EXPECT_EQ(a.title_source, FieldSource::kHeaderLine);
  EXPECT_EQ(a.text, kProse1);
}

TEST(PlainTextTest, NoTitleLineGivesFirstSentenceTitle) {
  Article a = MustExtract(std::string(kProse1) + "\n" + kProse2);
  EXPECT_EQ(a.title_source, FieldSource::kVisibleText);
  EXPECT_EQ(a.title, kProse1);  // 99 bytes: short enough to keep whole
  EXPECT_EQ(a.paragraphs.size(), 2u);
}

TEST(PlainTextTest, WireDatelineNamesTheOutlet) {
  Article a = MustExtract(
      "WASHINGTON (Reuters) - The alliance agreed on Tuesday to expand its air defence support.");
  EXPECT_EQ(a.outlet, "Reuters");
  EXPECT_EQ(a.outlet_source, FieldSource::kVisibleText);
  EXPECT_EQ(a.text.find("WASHINGTON (Reuters)"), 0u);  // the text itself is kept
}

// A scraped page of a republished wire story: navigation, promo, headline,
// credit, wire dateline, photo credit, "Follow us" and a footer.
TEST(PlainTextTest, ScrapedRepublishedStoryKeepsOnlyTheBodyAndFindsTheOutlet) {
  std::string body1 = std::string("OSLO (Example Wire) \xE2\x80\x94 ") + kProse1;
  std::string text = std::string(
                         "Front | Region | Nation | Sport | Weather\n"
                         "Advertisement. Story continues below.\n\n"
                         "Allies agree to expand air defence support\n\n"
                         "This story was originally published by Example Wire and is "
                         "republished under licence.\n\n") +
                     body1 + "\n\nGazette file photo\n\n" + kProse2 +
                     "\n\nFollow us on Facebook and X.\n\n"
                     "Valley Gazette. Serving the county since 1890.\n";
  Article a = MustExtract(text);
  EXPECT_EQ(a.title, "Allies agree to expand air defence support");
  EXPECT_EQ(a.title_source, FieldSource::kHeaderLine);
  EXPECT_EQ(a.outlet, "Valley Gazette");  // the footer, not the origin
  EXPECT_EQ(a.outlet_source, FieldSource::kSelfReference);
  EXPECT_EQ(a.text, body1 + "\n\n" + kProse2);
  EXPECT_EQ(a.published, "");
}

TEST(PlainTextTest, RepublishedOriginIsNeverTheOutlet) {
  std::string text = std::string(
                         "This story was originally published by Example Wire and is "
                         "republished under licence.\n\nOSLO (Example Wire) \xE2\x80\x94 ") +
                     kProse1 + "\n\n" + kProse2;
  Article a = MustExtract(text);
  EXPECT_EQ(a.outlet, "");
  EXPECT_EQ(a.outlet_source, FieldSource::kNone);
}

TEST(PlainTextTest, FollowLineOutranksTheDateline) {
  std::string text = std::string("OSLO (Example Wire) \xE2\x80\x94 ") + kProse1 + "\n\n" + kProse2 +
                     "\n\nFollow Valley Gazette for more stories like this.\n";
  Article a = MustExtract(text);
  EXPECT_EQ(a.outlet, "Valley Gazette");
  EXPECT_EQ(a.outlet_source, FieldSource::kSelfReference);
  EXPECT_EQ(a.text.find("Follow"), std::string::npos);
}

TEST(PlainTextTest, ToldSomeoneIsNotTheOutlet) {
  std::string text = std::string("Allies agree to expand air defence support\n\n") + kProse1 +
                     "\n\nThe minister told The Example Review that the change was overdue, "
                     "and that more would follow.\n";
  EXPECT_EQ(MustExtract(text).outlet, "");
}

TEST(PlainTextTest, AClosingNameLineAfterProseIsKept) {
  // Not after furniture: an ordinary last paragraph, kept.
  std::string text = std::string(kProse1) + "\n\n" + kProse2 +
                     "\n\nNorth Field, the site of the talks, is quiet.\n";
  Article a = MustExtract(text);
  EXPECT_NE(a.text.find("North Field, the site"), std::string::npos);
  EXPECT_EQ(a.outlet, "");
}

TEST(PlainTextTest, DatelineBlock) {
  Article a = MustExtract(std::string("Brussels\nThe Gazette\n\xE2\x80\x94\n") + kProse1);
  EXPECT_EQ(a.outlet, "The Gazette");
  EXPECT_EQ(a.text, kProse1);
  EXPECT_EQ(a.boilerplate_blocks, 0u);  // metadata, not boilerplate
}

TEST(PlainTextTest, CommentSectionAtTheEndIsDroppedWhole) {
  std::string text = std::string(kProse1) + "\n" + kProse2 +
                     "\nLeave a Reply\nGreat article, thanks for writing it!\nPost Comment";
  Article a = MustExtract(text);
  EXPECT_EQ(a.text, std::string(kProse1) + "\n\n" + kProse2);
  EXPECT_EQ(a.boilerplate_blocks, 3u);
}

TEST(PlainTextTest, RelatedListIsDroppedUpToTheNextProse) {
  std::string text = std::string(kProse1) +
                     "\nRelated stories\nStorm hits the coast\nMarkets rally on rate hopes\n" +
                     kProse2;
  Article a = MustExtract(text);
  EXPECT_EQ(a.text, std::string(kProse1) + "\n\n" + kProse2);
  EXPECT_EQ(a.boilerplate_blocks, 3u);
}

TEST(PlainTextTest, CreditGluedToALongParagraphIsCut) {
  std::string para =
      "The summit ended with a long communique. Leaders agreed on many things. They disagreed on "
      "others. Officials said the talks would continue in the autumn.";
  Article a = MustExtract(para + " Photo: AFP\n" + kProse2);
  ASSERT_EQ(a.paragraphs.size(), 2u);
  EXPECT_EQ(a.paragraphs[0].span.view(a.text), para);
  EXPECT_EQ(a.paragraphs[0].raw.begin, 0u);
  EXPECT_EQ(a.paragraphs[0].raw.end, para.size());
}

TEST(PlainTextTest, SpansPointIntoTheRawInput) {
  std::string text = std::string("\r\n  ") + kProse1 + "  \r\n\r\n" + kProse2 + "\xC2\xA0\r\n";
  Article a = MustExtract(text);
  ASSERT_EQ(a.paragraphs.size(), 2u);
  for (const Paragraph& p : a.paragraphs) {
    EXPECT_EQ(p.raw.view(text), p.span.view(a.text));
  }
  EXPECT_EQ(a.paragraphs[1].span.view(a.text), kProse2);
}

TEST(PlainTextTest, HardWrappedParagraphsStayWhole) {
  std::string text =
      "The alliance agreed on Tuesday to expand its air\ndefence support, officials said.\n\n"
      "Diplomats said the talks would go on next month\nin Brussels, where ministers meet.\n\n"
      "Nobody expects a breakthrough before the winter\nsets in, one official said.\n";
  Article a = MustExtract(text);
  ASSERT_EQ(a.paragraphs.size(), 3u);
  EXPECT_EQ(a.paragraphs[0].span.view(a.text),
            "The alliance agreed on Tuesday to expand its air\ndefence support, officials said.");
}

TEST(PlainTextTest, NfcAndRepairedInput) {
  // "Café" with a combining accent becomes NFC; a stray byte becomes U+FFFD
  // and raw spans are cleared because they would not match the caller's bytes.
  std::string text = std::string(kProse1) + " Cafe\xCC\x81 \xFF ok.";
  Article a = MustExtract(text);
  EXPECT_NE(a.text.find("Caf\xC3\xA9 \xEF\xBF\xBD ok."), std::string::npos);
  ASSERT_EQ(a.paragraphs.size(), 1u);
  EXPECT_EQ(a.paragraphs[0].raw.size(), 0u);
}

TEST(PlainTextTest, EmptyTextIsInvalid) {
  EXPECT_TRUE(ExtractPlainText("").status().IsInvalidArgument());
  EXPECT_TRUE(ExtractPlainText(" \n\t\r\n").status().IsInvalidArgument());
}

TEST(PlainTextTest, OnlyFurnitureGivesEmptyText) {
  Article a = MustExtract("Back to Top\nShare this article\n");
  EXPECT_EQ(a.text, "");
  EXPECT_EQ(a.boilerplate_blocks, 2u);
}

TEST(TitleFromFirstSentenceTest, CutsAtSentenceOrWord) {
  EXPECT_EQ(extract::TitleFromFirstSentence("A short sentence goes here. Then more."),
            "A short sentence goes here.");
  EXPECT_EQ(extract::TitleFromFirstSentence(
                "Leaders of the thirty-two member states gathered in Washington on Wednesday for "
                "a summit marking the 75th anniversary of the alliance. More."),
            "Leaders of the thirty-two member states gathered in Washington on Wednesday for a "
            "summit marking\xE2\x80\xA6");
  EXPECT_EQ(extract::TitleFromFirstSentence("The U.S. and allies met on Tuesday. More."),
            "The U.S. and allies met on Tuesday.");
  EXPECT_EQ(extract::TitleFromFirstSentence(""), "");
}

}  // namespace
}  // namespace dyad
