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

}  // namespace
}  // namespace dyad::extract
