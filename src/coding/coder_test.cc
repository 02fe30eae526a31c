// Tests for the Coder with a small dictionary written here: actors, agents,
// compounds, possessives, metonyms, patterns, passives, negation, intent,
// attribution, paired codes, dates and bounded time on long input.
#include <gtest/gtest.h>

#include <algorithm>

#include "dyad/coding.h"

namespace dyad {
namespace {

constexpr char kDict[] = R"(# dyad dictionary
country CHN  China | Chinese@adj | Beijing@capital
country RUS  Russia | Russian@adj | Kremlin@seat | Moscow@capital
country USA  United States | U.S. | American@adj | Washington@capital
country UKR  Ukraine | Ukrainian@adj
igo IGOWSTNAT  NATO
person  Joe Biden | Biden  =>  USAELI ..2021-01-19; USAGOV 2021-01-20..2025-01-19; USAELI 2025-01-20..
agent GOV  foreign ministry | government | spokesperson | ambassador
agent MIL  navy | warplanes
synset &weapon  weapons | arms | missiles
verb 070  supply {supplied}
pattern 072 supply : * &weapon .. to +
verb 111  condemn
pattern 111 condemn : + was * by $
verb 112  accuse
verb 010  say {said}
verb 042:043  visit
verb 190  attack
verb 043  meet {met}
)";

class CoderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::vector<DictionaryProblem> problems;
    ASSERT_TRUE(
        ReadDictionaryText(kDict, "test.txt", DictionaryFormat::kDyad, &dict_, &problems).ok());
    for (const auto& p : problems) ADD_FAILURE() << p.ToString();
    dict_.BuildIndexes();
  }
  std::vector<std::string> Code(std::string_view text, int32_t date = 20240510,
                                CoderOptions options = {}) {
    Coder coder(&dict_, options);
    std::vector<std::string> out;
    for (const Event& e : coder.CodeText(text, date))
      out.push_back(EventTriple(e) + (e.negated ? " negated" : "") + (e.intent ? " intent" : ""));
    std::sort(out.begin(), out.end());
    return out;
  }
  Dictionary dict_;
};

using V = std::vector<std::string>;

TEST_F(CoderTest, SimpleEventWithPattern) {
  EXPECT_EQ(Code("China supplied weapons to Russia."), V{"CHN RUS 072"});
  EXPECT_EQ(Code("China supplied grain to Russia."), V{"CHN RUS 070"});
}

TEST_F(CoderTest, AgentsComposeWithAdjectivesAndPossessives) {
  EXPECT_EQ(Code("The Chinese Foreign Ministry condemned NATO."), V{"CHNGOV IGOWSTNAT 111"});
  EXPECT_EQ(Code("China's foreign ministry condemned NATO."), V{"CHNGOV IGOWSTNAT 111"});
  EXPECT_EQ(Code("The Russian Navy attacked Ukraine."), V{"RUSMIL UKR 190"});
}

TEST_F(CoderTest, MetonymsAreGovernments) {
  EXPECT_EQ(Code("Beijing condemned the Kremlin."), V{"CHNGOV RUSGOV 111"});
}

TEST_F(CoderTest, BareAgentTakesTheOnlyCountryNamedElseNothing) {
  EXPECT_EQ(Code("A foreign ministry spokesperson condemned the statement about China."),
            V{"CHNGOV CHN 111"});
  EXPECT_TRUE(Code("The spokesperson condemned the statement.").empty());
}

TEST_F(CoderTest, PersonsResolvedOnTheDate) {
  EXPECT_EQ(Code("Biden condemned Russia.", 20220301), V{"USAGOV RUS 111"});
  EXPECT_EQ(Code("Biden condemned Russia.", 20190301), V{"USAELI RUS 111"});
}

TEST_F(CoderTest, CompoundsShareTheRole) {
  EXPECT_EQ(Code("China and Russia condemned NATO."),
            (V{"CHN IGOWSTNAT 111", "RUS IGOWSTNAT 111"}));
  EXPECT_EQ(Code("NATO condemned China and Russia."),
            (V{"IGOWSTNAT CHN 111", "IGOWSTNAT RUS 111"}));
}

TEST_F(CoderTest, PassiveSwapsSourceAndTarget) {
  EXPECT_EQ(Code("Russia was condemned by NATO."), V{"IGOWSTNAT RUS 111"});
}

TEST_F(CoderTest, NegationAndDenialAreNotEvents) {
  EXPECT_TRUE(Code("China has not supplied weapons to Russia.").empty());
  EXPECT_TRUE(Code("China denied supplying weapons to Russia.").empty());
  EXPECT_TRUE(Code("China refused to condemn Russia.").empty());
  EXPECT_TRUE(Code("NATO stopped short of condemning China.").empty());
  CoderOptions keep;
  keep.keep_negated = true;
  EXPECT_EQ(Code("China didn't supply weapons to Russia.", 20240510, keep),
            V{"CHN RUS 072 negated"});
}

TEST_F(CoderTest, IntentIsRecoded) {
  EXPECT_EQ(Code("China will supply weapons to Russia."), V{"CHN RUS 0332 intent"});
  EXPECT_EQ(Code("China vowed to attack Ukraine."), V{"CHN UKR 138 intent"});
  EXPECT_EQ(Code("China plans to meet Russia."), V{"CHN RUS 036 intent"});
}

TEST_F(CoderTest, AttributionCodesTheReportedEvent) {
  EXPECT_EQ(Code("NATO said that China accused Ukraine."), V{"CHN UKR 112"});
  EXPECT_EQ(Code("NATO said China was to blame."), V{"IGOWSTNAT CHN 010"});
}

TEST_F(CoderTest, PairedCodesGoBothWays) {
  EXPECT_EQ(Code("Biden visited China.", 20220301), (V{"CHN USAGOV 043", "USAGOV CHN 042"}));
}

TEST_F(CoderTest, SeveralClauses) {
  EXPECT_EQ(Code("China condemned NATO and attacked Ukraine."),
            (V{"CHN IGOWSTNAT 111", "CHN UKR 190"}));
}

TEST_F(CoderTest, EventCarriesCameoFieldsOffsetsAndOrigins) {
  Coder coder(&dict_);
  std::string text = "China supplied weapons to Russia yesterday.";
  auto events = coder.CodeText(text, 20240510);
  ASSERT_EQ(events.size(), 1u);
  const Event& e = events[0];
  EXPECT_EQ(e.root, "07");
  EXPECT_EQ(e.quad_class, 2);
  EXPECT_GT(e.goldstein, 0);
  EXPECT_EQ(e.date, 20240509);
  EXPECT_EQ(e.source.span.view(text), "China");
  EXPECT_EQ(e.target.span.view(text), "Russia");
  EXPECT_EQ(e.verb.view(text), "supplied");
  EXPECT_EQ(e.source.country, "CHN");
  EXPECT_TRUE(e.from_pattern);
  EXPECT_EQ(dict_.Where(e.pattern_origin), "test.txt:12");
  EXPECT_EQ(dict_.Where(e.source.origins[0]), "test.txt:2");
  EXPECT_NE(coder.Explain(e, text).find("test.txt:12"), std::string::npos);
}

TEST_F(CoderTest, LongAndHostileInputCodesInBoundedTime) {
  std::string text;
  for (int i = 0; i < 10000; ++i)
    text += (i % 3 == 0 ? "China and " : i % 3 == 1 ? "supplied , " : "(( ");
  Coder coder(&dict_);
  auto events = coder.CodeText(text, 20240510);
  EXPECT_LE(events.size(), 1000u);
  EXPECT_TRUE(coder.CodeText("", 20240510).empty());
  EXPECT_TRUE(coder.CodeText(std::string(5000, '.'), 20240510).empty());
}

}  // namespace
}  // namespace dyad
