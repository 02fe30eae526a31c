// Tests for self-references ("Newsweek has contacted ... for comment").
#include "extract/self_reference.h"

#include <gtest/gtest.h>

namespace dyad::extract {
namespace {

TEST(SelfReferenceTest, FindsTheContactFormula) {
  std::string evidence;
  EXPECT_EQ(FindSelfReference("Smith said so. Newsweek has contacted the Russian Foreign "
                              "Ministry and Chinese Foreign Ministry for comment. More text.",
                              &evidence),
            "Newsweek");
  EXPECT_EQ(evidence,
            "Newsweek has contacted the Russian Foreign Ministry and Chinese Foreign Ministry for "
            "comment.");
  EXPECT_EQ(FindSelfReference("The Daily Planet reached out to the mayor's office for comment."),
            "The Daily Planet");
  EXPECT_EQ(FindSelfReference("Deutsche Welle has asked the ministry for a response."), "DW");
  EXPECT_EQ(FindSelfReference("CNN has requested comment from the White House."), "CNN");
}

TEST(SelfReferenceTest, IgnoresQuotedOutletsAndPronouns) {
  EXPECT_EQ(FindSelfReference("Blinken told Newsweek that the alliance was united."), "");
  EXPECT_EQ(FindSelfReference("In an interview with the Financial Times, Smith said so."), "");
  EXPECT_EQ(FindSelfReference("He has contacted the embassy for comment."), "");
  EXPECT_EQ(FindSelfReference("They reached out to allies for support."), "");
  EXPECT_EQ(FindSelfReference("Reuters contacted the ministry about the deal."), "");  // no comment
  EXPECT_EQ(FindSelfReference("the paper has contacted the ministry for comment."), "");
  EXPECT_EQ(FindSelfReference(""), "");
}

TEST(SelfReferenceTest, FollowLinesNameTheOutlet) {
  EXPECT_EQ(FollowLineName("Follow The Example Herald on Facebook and Instagram."),
            "The Example Herald");
  EXPECT_EQ(FollowLineName("Follow Valley Gazette on all the usual platforms."), "Valley Gazette");
  EXPECT_EQ(FollowLineName("Follow Valley Gazette for more stories like this."), "Valley Gazette");
  EXPECT_EQ(FollowLineName("Like and follow Example Daily!"), "Example Daily");
  EXPECT_EQ(FollowLineName("Follow Deutsche Welle on X."), "DW");  // the table's display name
  EXPECT_EQ(FollowLineName("Follow us on Facebook."), "");
  EXPECT_EQ(FollowLineName("Follow Us on Facebook."), "");
  EXPECT_EQ(FollowLineName("Follow the money, the investigators said."), "");
  EXPECT_EQ(FollowLineName("Follow Trump on his tour of the state."), "");
  EXPECT_EQ(FollowLineName("Follow Macron for a day and you see why he is tired of summits."), "");
  EXPECT_EQ(FollowLineName(""), "");
}

TEST(SelfReferenceTest, FooterLinesOpenWithTheName) {
  EXPECT_EQ(FooterLineName("Valley Gazette. Serving the county since 1890."), "Valley Gazette");
  EXPECT_EQ(FooterLineName("The Example Herald, 1 Harbour Road. Letters: letters at example"),
            "The Example Herald");
  EXPECT_EQ(FooterLineName("The forum ends on Thursday."), "");
  EXPECT_EQ(FooterLineName("Kovac said the channel was the part to watch."), "");
  EXPECT_EQ(FooterLineName("Valley Gazette."), "");  // a name alone is no footer
  EXPECT_EQ(FooterLineName("He said so. Then he left."), "");
}

TEST(SelfReferenceTest, RepublicationCreditNamesTheOrigin) {
  EXPECT_EQ(RepublishedFrom("This story was originally published by Example Wire and is "
                            "republished under licence."),
            "Example Wire");
  EXPECT_EQ(RepublishedFrom("This article first appeared in The Example Review."),
            "The Example Review");
  EXPECT_EQ(RepublishedFrom("This story has been updated."), "");
  EXPECT_EQ(RepublishedFrom("It was originally published by us."), "");
}

}  // namespace
}  // namespace dyad::extract
