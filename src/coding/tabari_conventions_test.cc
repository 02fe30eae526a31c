// TABARI's conventions and options records, coded with TABARI's own demo
// dictionaries read in place from ../shared: options lines parsed into
// CoderOptions, comma-delimited clauses, minimum words, DEFAULT actors,
// forwarded pronouns, noun plurals, converted agents, hyphenated words.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

#include "coding/coder_internal.h"
#include "dyad/coding.h"

namespace dyad {
namespace {

const std::string kTabari = std::string(DYAD_SHARED_DIR) + "/peers/tabari/";

TEST(TabariOptions, ParsesOptionsLines) {
  CoderOptions o;
  bool forward = false;
  EXPECT_TRUE(
      ApplyTabariOption("DEFAULT: SOURCE [DEFSRC] PRIOR TARGET [DEFTAR] AFTER", &o, &forward));
  EXPECT_EQ(o.default_source, "DEFSRC");
  EXPECT_EQ(o.default_target, "DEFTAR");
  EXPECT_TRUE(o.default_source_prior);
  EXPECT_TRUE(o.default_target_after);
  EXPECT_TRUE(ApplyTabariOption("DEFAULT: OFF", &o, &forward));
  EXPECT_TRUE(o.default_source.empty());
  EXPECT_FALSE(o.default_source_prior);

  EXPECT_TRUE(ApplyTabariOption("COMMA: MIN = 4 MAX = 6 EMIN = 3 EMAX = 7 BMIN = 3 BMAX = 8", &o,
                                &forward));
  EXPECT_TRUE(o.comma_clauses.enabled);
  EXPECT_EQ(o.comma_clauses.min, 4);
  EXPECT_EQ(o.comma_clauses.max, 6);
  EXPECT_EQ(o.comma_clauses.end_min, 3);
  EXPECT_EQ(o.comma_clauses.end_max, 7);
  EXPECT_EQ(o.comma_clauses.begin_min, 3);
  EXPECT_EQ(o.comma_clauses.begin_max, 8);
  EXPECT_TRUE(ApplyTabariOption("COMMA: OFF", &o, &forward));
  EXPECT_FALSE(o.comma_clauses.enabled);

  EXPECT_TRUE(ApplyTabariOption("SET: MINIMUM WORDS = 20", &o, &forward));
  EXPECT_EQ(o.min_words, 20u);
  EXPECT_TRUE(ApplyTabariOption("SET: CODE ALL", &o, &forward));
  EXPECT_FALSE(o.one_event_per_clause);
  EXPECT_TRUE(o.all_verbs_share_first_actors);
  EXPECT_TRUE(ApplyTabariOption("SET: CODE BY SENTENCE", &o, &forward));
  EXPECT_TRUE(o.one_event_per_sentence);
  EXPECT_TRUE(ApplyTabariOption("SET: CODE BY CLAUSE", &o, &forward));
  EXPECT_FALSE(o.one_event_per_sentence);
  EXPECT_TRUE(o.one_event_per_clause);
  EXPECT_TRUE(ApplyTabariOption("SET: CONVERT AGENT = TRUE", &o, &forward));
  EXPECT_TRUE(o.convert_agents);
  EXPECT_TRUE(ApplyTabariOption("FORWARD: ^^*****NNN*SSS", &o, &forward));
  EXPECT_TRUE(forward);
  EXPECT_TRUE(ApplyTabariOption("FORWARD: ^^*****NNN*SSS OFF", &o, &forward));
  EXPECT_FALSE(forward);
  EXPECT_FALSE(ApplyTabariOption("SET: LABEL = TRUE", &o, &forward));
}

TEST(TabariOptions, ReaderKeepsOptionLinesEvenWithoutClosingBrace) {
  const char* text =
      "950101  OPT-01\nSomething long enough.\n/* { OPTION: DEFAULT: OFF }\n"
      "{ OPTION: SET: MINIMUM WORDS = 4  */\n";
  auto records = ReadTabariValidation(text);
  ASSERT_EQ(records.size(), 1u);
  EXPECT_TRUE(records[0].control);
  EXPECT_EQ(records[0].options,
            (std::vector<std::string>{"DEFAULT: OFF", "SET: MINIMUM WORDS = 4"}));
}

class TabariConventionsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!std::filesystem::is_directory(kTabari)) GTEST_SKIP() << "no ../shared";
    std::vector<DictionaryProblem> problems;
    for (const char* f :
         {"TABARI.Demo.actors", "TABARI.Demo.verbs", "Validate.agents", "Validate.options"})
      ASSERT_TRUE(
          LoadDictionaryFile(kTabari + f, DictionaryFormat::kUnknown, &dict_, &problems).ok());
    dict_.BuildIndexes();
  }
  std::vector<std::string> Code(const CoderOptions& o, const std::string& text) {
    std::vector<std::string> out;
    for (const Event& e : Coder(&dict_, o).CodeText(text, 19950101))
      if (!e.negated && !e.target.empty()) out.push_back(EventTriple(e));
    std::sort(out.begin(), out.end());
    return out;
  }
  Dictionary dict_;
};

using Events = std::vector<std::string>;

TEST_F(TabariConventionsTest, CommaDelimitedClausesAreDropped) {
  const std::string internal =
      "Arnor is about to restore full diplomatic ties with Gxndor, almost five years after "
      "Calenardhon crowds burned down its embassy, a senior official said on Saturday.";
  CoderOptions o = TabariValidationOptions();
  EXPECT_EQ(Code(o, internal), Events{});
  o.comma_clauses.enabled = false;
  EXPECT_EQ(Code(o, internal), Events{"ARN CAL 064"});
  // A list item between commas is not a clause.
  o = TabariValidationOptions();
  EXPECT_EQ(Code(o,
                 "Evil Mordor, the awful Fornost, and good Gondor welcomed a resumption of "
                 "formal diplomatic ties with Osgiliath after a 12-year rift."),
            (Events{"FOR OSG 041", "GON OSG 041", "ORC OSG 041"}));
}

TEST_F(TabariConventionsTest, MinimumWords) {
  CoderOptions o = TabariValidationOptions();
  EXPECT_EQ(Code(o, "Gondor's planes attacked Osgiliath."), Events{});
  o.min_words = 4;
  EXPECT_FALSE(Code(o, "Gondor's planes attacked Osgiliath.").empty());
}

TEST_F(TabariConventionsTest, DefaultSourceAndTarget) {
  CoderOptions o = TabariValidationOptions();
  const std::string no_source =
      "Fxrnost is about to restore full diplomatic ties with Gondor almost five years after "
      "crowds trashed its embassy.";
  EXPECT_EQ(Code(o, no_source), Events{});
  bool forward = false;
  ApplyTabariOption("DEFAULT: SOURCE [DEFSRC] PRIOR TARGET [DEFTAR] AFTER", &o, &forward);
  EXPECT_EQ(Code(o, no_source), Events{"DEFSRC GON 064"});
  // Without PRIOR the actor after the verb is the source.
  ApplyTabariOption("DEFAULT: SOURCE [DEFSRC] TARGET [DEFTAR] AFTER", &o, &forward);
  EXPECT_EQ(Code(o, no_source), Events{"GON DEFTAR 064"});
  // Without AFTER a compound subject's second member is the target.
  ApplyTabariOption("DEFAULT: SOURCE [DEFSRC] PRIOR TARGET [DEFTAR]", &o, &forward);
  EXPECT_EQ(Code(o,
                 "Bree and Arnor are about to restore full diplomatic ties with Gxndor almost "
                 "five years after crowds trashed its embassy."),
            Events{"BRE ARN 064"});
}

TEST_F(TabariConventionsTest, ForwardedPronoun) {
  CoderOptions o = TabariValidationOptions();
  const std::string text = "He has also asked Gondor to provide help in mediating the conflict.";
  EXPECT_EQ(Code(o, text), Events{});
  o.forwarded_actor = "FOR";
  EXPECT_EQ(Code(o, text), Events{"FOR GON 090"});
  EXPECT_EQ(coding::FirstActorRoot(Coder(&dict_, o),
                                   "However, it acknowledged the concerns of the expatriate "
                                   "Fornost community in this issue.",
                                   19950101),
            "FOR");
}

TEST_F(TabariConventionsTest, NounPluralsAndConvertedAgents) {
  CoderOptions o = TabariValidationOptions();
  const std::string plural =
      "Estonia is about to restore full diplomatic ties with Libyas almost crowds trashed its "
      "embassy, a senior official said on Saturday.";
  EXPECT_EQ(Code(o, plural), Events{"EST LBY 064"});
  o.noun_endings = false;
  EXPECT_EQ(Code(o, plural), Events{});
  o = TabariValidationOptions();
  const std::string agents =
      "Guerrillas are about to restore full diplomatic ties with Gondor almost five years after "
      "crowds trashed its embassy.";
  EXPECT_EQ(Code(o, agents), Events{});
  o.convert_agents = true;
  EXPECT_EQ(Code(o, agents), Events{"~REB GON 064"});
}

TEST_F(TabariConventionsTest, HyphenatedPatternWord) {
  CoderOptions o = TabariValidationOptions();
  const std::string text = "Gollum participated in an anti- Gondor parade on Saturday.";
  EXPECT_EQ(Code(o, text), Events{"HOB GON 111"});
  o.hyphen_pattern_words = false;
  EXPECT_EQ(Code(o, text), Events{});
}

TEST_F(TabariConventionsTest, PronounsStandForTheFirstActor) {
  CoderOptions o = TabariValidationOptions();
  const std::string text =
      "Galadriel urged Bree on Monday to chill out and then she asked Gondor to assist her to "
      "win a greater role as she organized the forthcoming peace talks.";
  EXPECT_EQ(Code(o, text), (Events{"ELF BRE 102", "ELF GON 090"}));
  o.pronoun_is_first_actor = false;
  EXPECT_NE(Code(o, text), (Events{"ELF BRE 102", "ELF GON 090"}));
}

TEST_F(TabariConventionsTest, AndBeforeANewSubjectStartsAClause) {
  CoderOptions o = TabariValidationOptions();
  EXPECT_EQ(Code(o,
                 "Elrond urged Bree to chill out and Gondor asked him to take a greater role "
                 "in the forthcoming peace talks."),
            (Events{"ELF BRE 102", "GON ELF 090"}));
  // "and" inside a compound does not.
  EXPECT_EQ(Code(o,
                 "Elrond and Gondor urged Bree to take a greater role in the forthcoming "
                 "peace talks."),
            (Events{"ELF BRE 102", "GON BRE 102"}));
}

TEST_F(TabariConventionsTest, PassiveVoiceWithoutAPattern) {
  CoderOptions o = TabariValidationOptions();
  const std::string text =
      "Eriador was fiercely opposed by Osgiliath, the state's fiercest foe, in being drawn into "
      "the peace process.";
  EXPECT_EQ(Code(o, text), Events{"OSG ERI 112"});
  o.passive_voice = false;
  EXPECT_EQ(Code(o, text), Events{"ERI OSG 112"});
}

}  // namespace
}  // namespace dyad
