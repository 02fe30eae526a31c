// The coder with dyad's default dictionaries (data/dictionaries as they are)
// on sentences shaped like the seed articles' key claims.
#include <gtest/gtest.h>

#include "dyad/coding.h"

namespace dyad {
namespace {

class DefaultCoderTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    std::vector<DictionaryProblem> problems;
    auto d =
        LoadDefaultDictionaries(std::string(DYAD_SOURCE_DIR) + "/data/dictionaries", &problems);
    ASSERT_TRUE(d.ok());
    dict_ = new Dictionary(std::move(*d));
    dict_->BuildIndexes();
  }
  static void TearDownTestSuite() { delete dict_; }
  static bool Has(const std::vector<Event>& events, std::string_view src, std::string_view root) {
    for (const Event& e : events)
      if (e.source.code == src && e.root == root && !e.negated) return true;
    return false;
  }
  static Dictionary* dict_;
};
Dictionary* DefaultCoderTest::dict_ = nullptr;

TEST_F(DefaultCoderTest, NoAidEventFromADenial) {
  Coder coder(dict_);
  for (const char* s :
       {"China has not supplied weapons to Russia.", "China denied supplying weapons to Russia.",
        "Beijing has never provided lethal aid to Moscow."})
    for (const Event& e : coder.CodeText(s, 20240712)) EXPECT_NE(e.root, "07") << s;
}

TEST_F(DefaultCoderTest, SeedClaims) {
  Coder coder(dict_);
  EXPECT_TRUE(Has(coder.CodeText("China supplied weapons to Russia.", 20240712), "CHN", "07"));
  EXPECT_TRUE(Has(coder.CodeText("NATO accused China of enabling Russia's war.", 20240712),
                  "IGOWSTNAT", "11"));
  EXPECT_TRUE(Has(coder.CodeText("China's Foreign Ministry condemned the declaration.", 20240712),
                  "CHNGOV", "11"));
}

// Sentences of the seed articles (docs/seed-events.md), as the articles word them.
TEST_F(DefaultCoderTest, SeedArticleSentences) {
  Coder coder(dict_);
  auto has = [&](const char* text, std::string_view src, std::string_view tgt,
                 std::string_view root) {
    for (const Event& e : coder.CodeText(text, 20240711))
      if (e.source.code == src && e.target.code == tgt && e.root == root && !e.negated) return true;
    return false;
  };
  EXPECT_TRUE(
      has("NATO Secretary General Jens Stoltenberg described China as the main enabler "
          "of Russia's war against Ukraine.",
          "IGOWSTNAT", "CHN", "11"));
  EXPECT_TRUE(
      has("Late Thursday, China's Foreign Ministry also condemned the declaration, with a "
          "spokesman describing NATO as a major threat.",
          "CHNGOV", "IGOWSTNAT", "11"));
  EXPECT_TRUE(
      has("Chinese President Xi Jinping welcomed Russian President Vladimir Putin to a "
          "state visit to China on May 16, 2024.",
          "CHNGOV", "RUSGOV", "04"));
  // The second clause must not reach back for the first clause's weapons.
  for (const Event& e : coder.CodeText("China has not supplied weapons to Russia for its invasion "
                                       "of Ukraine but has provided Putin support in the conflict.",
                                       20240711))
    EXPECT_NE(e.root, "07") << EventTriple(e);
  // "its invasion" is a noun, not an act of China's.
  for (const Event& e : coder.CodeText("China has not supplied weapons to Russia for its invasion "
                                       "of Ukraine.",
                                       20240711))
    EXPECT_NE(e.root, "19") << EventTriple(e);
}

}  // namespace
}  // namespace dyad
