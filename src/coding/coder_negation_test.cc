// Negation against patterns: words a pattern matches are its meaning
// ("$ has not * +" codes the refusal itself), while negators in a pattern's
// gap ("$ .. * ...": "China has not supplied ...") negate the event.
#include <gtest/gtest.h>

#include <algorithm>

#include "dyad/coding.h"

namespace dyad {
namespace {

constexpr char kDict[] = R"(# dyad dictionary
country CHN  China
country RUS  Russia
synset &weapon  weapons | arms
verb 070  supply {supplied supplying}
pattern 072 supply : $ .. * &weapon .. to +
verb 043  urge {urged}
pattern 121 urge : $ has not * +
)";

class CoderNegationTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::vector<DictionaryProblem> problems;
    ASSERT_TRUE(
        ReadDictionaryText(kDict, "neg.txt", DictionaryFormat::kDyad, &dict_, &problems).ok());
    for (const auto& p : problems) ADD_FAILURE() << p.ToString();
    dict_.BuildIndexes();
  }
  std::vector<std::string> Code(std::string_view text, bool keep_negated = false) {
    CoderOptions options;
    options.keep_negated = keep_negated;
    Coder coder(&dict_, options);
    std::vector<std::string> out;
    for (const Event& e : coder.CodeText(text, 20240510))
      out.push_back(EventTriple(e) + (e.negated ? " negated" : "") + (e.intent ? " intent" : ""));
    std::sort(out.begin(), out.end());
    return out;
  }
  Dictionary dict_;
};

using V = std::vector<std::string>;

TEST_F(CoderNegationTest, NegatorInAPatternGapNegatesTheEvent) {
  EXPECT_EQ(Code("China supplied weapons to Russia."), V{"CHN RUS 072"});
  EXPECT_EQ(Code("China has not supplied weapons to Russia."), V{});
  EXPECT_EQ(Code("China has not supplied weapons to Russia.", true), V{"CHN RUS 072 negated"});
  EXPECT_EQ(Code("China denied supplying weapons to Russia."), V{});
  EXPECT_EQ(Code("China has repeatedly denied supplying weapons to Russia."), V{});
  EXPECT_EQ(Code("China has consistently not supplied weapons to Russia."), V{});
}

TEST_F(CoderNegationTest, IntentInAPatternGapIsIntent) {
  EXPECT_EQ(Code("China will supply weapons to Russia."), V{"CHN RUS 0332 intent"});
}

TEST_F(CoderNegationTest, NegatorMatchedByThePatternIsItsMeaning) {
  EXPECT_EQ(Code("China has not urged Russia."), V{"CHN RUS 121"});
}

}  // namespace
}  // namespace dyad
