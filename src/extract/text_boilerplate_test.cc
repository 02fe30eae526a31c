// Tests for the plain-text line classifier: one row per furniture kind in
// several spellings, and article sentences that look a little like
// furniture but must be kept.
#include "extract/text_boilerplate.h"

#include <gtest/gtest.h>

#include <string>

namespace dyad::extract {
namespace {

struct LineCase {
  const char* line;
  LineKind kind;
};

class ClassifyLineTest : public ::testing::TestWithParam<LineCase> {};

TEST_P(ClassifyLineTest, Classifies) {
  const LineCase& c = GetParam();
  EXPECT_EQ(LineKindName(ClassifyLine(c.line)), LineKindName(c.kind)) << "line: " << c.line;
}

INSTANTIATE_TEST_SUITE_P(
    Furniture, ClassifyLineTest,
    ::testing::Values(
        LineCase{"Editor\xE2\x80\x99s note: Sign up for our weekly newsletter on Asia.",
                 LineKind::kEditorsNote},
        LineCase{"Editor's Note: The author is a fellow at a think tank.", LineKind::kEditorsNote},
        LineCase{"Sign up for our Morning Briefing newsletter", LineKind::kPromo},
        LineCase{"Subscribe to our daily newsletter to get the news in your inbox.",
                 LineKind::kPromo},
        LineCase{"Get the best stories delivered to your inbox. Sign up to our newsletter.",
                 LineKind::kPromo},
        LineCase{"ADVERTISEMENT", LineKind::kAdvertisement},
        LineCase{"Story continues below advertisement", LineKind::kAdvertisement},
        LineCase{"Leave a Reply", LineKind::kCommentHeading},
        LineCase{"Leave a Comment", LineKind::kCommentHeading},
        LineCase{"12 Comments", LineKind::kCommentHeading},
        LineCase{"Your email address will not be published. Required fields are marked *",
                 LineKind::kCommentForm},
        LineCase{"Save my name, email, and website in this browser for the next time I comment.",
                 LineKind::kCommentForm},
        LineCase{"Post Comment", LineKind::kCommentForm},
        LineCase{"PREV A teaser for another story that has nothing to do with this one",
                 LineKind::kPrevNext},
        LineCase{"NEXT Another teaser | With a pipe in it", LineKind::kPrevNext},
        LineCase{"Previous article: Storms hit the coast", LineKind::kPrevNext},
        LineCase{"Sergey Bobirov/Pool/AFP/Getty Images", LineKind::kPhotoCredit},
        LineCase{"Jane Doe/Reuters", LineKind::kPhotoCredit},
        LineCase{"Kevin Lamarque | REUTERS", LineKind::kPhotoCredit},
        LineCase{"Mandel Ngan/AFP via Getty Images", LineKind::kPhotoCredit},
        LineCase{"AFP via Getty Images", LineKind::kPhotoCredit},
        LineCase{"Photo: AFP", LineKind::kPhotoCredit},
        LineCase{"Image: Yves Herman/REUTERS", LineKind::kPhotoCredit},
        LineCase{"Photo by J. Smith/AP", LineKind::kPhotoCredit},
        LineCase{"NATO leaders in Washington. Image: Yves Herman/REUTERS", LineKind::kCaption},
        LineCase{"A spokesperson said the talks would go on. Photo: AFP", LineKind::kCaption},
        LineCase{"Leaders pose for a photo at the summit (Photo: Jane Doe/EPA)",
                 LineKind::kCaption},
        LineCase{"NATO.jpg", LineKind::kImageFile},
        LineCase{"summit_photo-2024 (1).JPEG", LineKind::kImageFile},
        LineCase{"Language : English \xE7\xAE\x80\xE4\xBD\x93 \xE7\xB9\x81\xE9\xAB\x94",
                 LineKind::kLanguageBar},
        LineCase{"English | Espa\xC3\xB1ol | Fran\xC3\xA7"
                 "ais | Deutsch",
                 LineKind::kLanguageBar},
        LineCase{"Back to Top", LineKind::kBackToTop},
        LineCase{"Back to top \xE2\x86\x91", LineKind::kBackToTop},
        LineCase{"You might also like", LineKind::kRelatedHeading},
        LineCase{"Related Articles:", LineKind::kRelatedHeading},
        LineCase{"READ MORE: Allies pledge more air defence for Ukraine", LineKind::kRelatedLink},
        LineCase{"For Latest Updates Follow us on Google\xC2\xA0News", LineKind::kFollowUs},
        LineCase{"Follow us on Twitter and Facebook", LineKind::kFollowUs},
        LineCase{"Share this article", LineKind::kShare},
        LineCase{"This story has been updated with additional information.", LineKind::kUpdateNote},
        LineCase{"This article was originally published on July 10.", LineKind::kUpdateNote},
        LineCase{"This is a developing story and will be updated.", LineKind::kUpdateNote},
        LineCase{"This report was first published by Example Wire and is reprinted here.",
                 LineKind::kUpdateNote},
        LineCase{"Front | Region | Nation | Sport | Weather", LineKind::kNavigation},
        LineCase{"News \xE2\x80\xA2 Opinion \xE2\x80\xA2 Culture \xE2\x80\xA2 Podcasts",
                 LineKind::kNavigation},
        LineCase{"Picture: supplied", LineKind::kPhotoCredit},
        LineCase{"Gazette file photo", LineKind::kPhotoCredit},
        LineCase{"AP file photo", LineKind::kPhotoCredit},
        LineCase{"Advertisement - story continues below", LineKind::kAdvertisement},
        LineCase{"ADVERTISEMENT. Article continues below.", LineKind::kAdvertisement},
        LineCase{"Most read: the ten stories everyone shared this week", LineKind::kRelatedLink},
        LineCase{"Don't miss: Five charts on the grain trade", LineKind::kRelatedLink},
        LineCase{"Follow The Example Herald on X and Facebook.", LineKind::kFollowUs},
        LineCase{"Follow Valley Gazette for the latest updates.", LineKind::kFollowUs},
        LineCase{"Like and follow Example Daily!", LineKind::kFollowUs}));

INSTANTIATE_TEST_SUITE_P(
    ArticleText, ClassifyLineTest,
    ::testing::Values(
        // Sentences that share words with furniture rules.
        LineCase{"Newsweek has contacted the Russian Foreign Ministry for comment.",
                 LineKind::kText},
        LineCase{"Young men must sign up for military service at 18, and the newsletter of the "
                 "ministry says that the rules have changed again this year after a long debate "
                 "in parliament about conscription, which many opposed and some supported, "
                 "while the government said it had no choice given the war and the pressure on "
                 "its eastern border and its stretched reserves.",
                 LineKind::kText},
        LineCase{"Next week, leaders will meet again in Brussels.", LineKind::kText},
        LineCase{"Close ties between China and Russia", LineKind::kText},
        LineCase{"Is China a threat to America\xE2\x80\x99s entire alliance system?",
                 LineKind::kText},
        LineCase{"A Reuters/Ipsos poll shows the race is tight.", LineKind::kText},
        LineCase{"Reuters/Ipsos poll shows Biden ahead", LineKind::kText},
        LineCase{"Language barriers slowed the negotiations for weeks.", LineKind::kText},
        LineCase{"\xE2\x80\x9CWe will follow up on this,\xE2\x80\x9D he said.", LineKind::kText},
        LineCase{"The photo: a symbol of the summit, shared widely.", LineKind::kText},
        LineCase{"Jul 31, 2024", LineKind::kText}, LineCase{"", LineKind::kText},
        // Look a little like the navigation, credit, advert and follow rules.
        LineCase{"Allies agree on air defence | Reuters | 07/10/2024", LineKind::kText},
        LineCase{"Talks | Trade | Tariffs | 10/07/2024", LineKind::kText},
        LineCase{"Home | Away", LineKind::kText},
        LineCase{"Picture: a crowd gathers in the square, waving flags.", LineKind::kText},
        LineCase{"The ministry released a file photo of the launch.", LineKind::kText},
        LineCase{"Advertisements for the bonds ran in every paper.", LineKind::kText},
        LineCase{"Follow the money, the investigators said.", LineKind::kText},
        LineCase{"Follow Trump on his tour of the state, aides urged reporters.", LineKind::kText},
        LineCase{"Trending now is the word for the new drills.", LineKind::kText}));

TEST(ClassifyLongLineTest, LongLinesAreHeadingsOnlyWhenAllButTheHeadingIsTrail) {
  // Long lines take a shortcut past the first bytes of their key; a heading
  // followed by hundreds of trailing dots or spaces must still be found.
  EXPECT_EQ(ClassifyLine("Related" + std::string(400, '.')), LineKind::kRelatedHeading);
  EXPECT_EQ(ClassifyLine("Leave a Reply" + std::string(400, ' ') + ":"), LineKind::kCommentHeading);
  EXPECT_EQ(ClassifyLine("Back to top" + std::string(300, '-') + " \xE2\x86\x91"),
            LineKind::kBackToTop);
  EXPECT_EQ(ClassifyLine("Related" + std::string(400, '.') + "x"), LineKind::kText);
  EXPECT_EQ(ClassifyLine("Editor's note: " + std::string(400, 'a')), LineKind::kEditorsNote);
  EXPECT_EQ(ClassifyLine("Editor's note: " + std::string(700, 'a')), LineKind::kText);
  // A long paragraph that happens to open like a heading is text.
  EXPECT_EQ(ClassifyLine("Related " + std::string(400, 'w')), LineKind::kText);
}

TEST(CreditSuffixTest, FindsTheCreditAtTheEndOfALongParagraph) {
  std::string para =
      "The summit ended with a long communique. Leaders agreed on many things. They disagreed "
      "on others. Officials said talks would continue in the autumn. Photo: AFP";
  size_t at = CreditSuffixStart(para);
  ASSERT_NE(at, std::string::npos);
  EXPECT_EQ(para.substr(at), "Photo: AFP");
  EXPECT_EQ(ClassifyLine(para), LineKind::kText);  // too long for a caption
}

TEST(CreditSuffixTest, NoCreditInOrdinaryText) {
  EXPECT_EQ(CreditSuffixStart("He showed the photo: it was blurred."), std::string::npos);
  EXPECT_EQ(CreditSuffixStart("Photo: AFP"), std::string::npos);  // nothing before it
  // Only the tail can hold a credit (at most 120 bytes of it), but spaces
  // before a closing bracket do not count against it.
  const std::string prose(400, 'x');
  const std::string spaced = prose + ". (Photo: AFP" + std::string(300, ' ') + ")";
  EXPECT_EQ(CreditSuffixStart(spaced), prose.size() + 2);
  EXPECT_EQ(CreditSuffixStart(prose + ". Photo: AFP " + std::string(130, 'y')), std::string::npos);
  EXPECT_EQ(CreditSuffixStart("The image: of a man who said nothing at all to anyone there"),
            std::string::npos);
}

}  // namespace
}  // namespace dyad::extract
