// Loads every TABARI and PETRARCH dictionary in ../shared/peers in place and
// checks counts and known entries; skipped only when ../shared is absent.
#include <gtest/gtest.h>

#include <filesystem>

#include "dyad/dictionary.h"

namespace dyad {
namespace {

const std::string kPeers = std::string(DYAD_SHARED_DIR) + "/peers/";

class PeerDictionaryTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!std::filesystem::exists(kPeers)) GTEST_SKIP() << "no " << kPeers;
  }
  // Loads one file (format detected) and builds the indexes.
  void Load(const std::string& rel) {
    Status s = LoadDictionaryFile(kPeers + rel, DictionaryFormat::kUnknown, &dict_, &problems_);
    ASSERT_TRUE(s.ok()) << s.ToString();
    dict_.BuildIndexes();
  }
  // The actor whose phrase matches `words` entirely, or nullptr.
  const Actor* ActorFor(const std::vector<std::string_view>& words) {
    auto m = dict_.actor_index().LongestMatch(words, 0);
    if (!m || m->length != words.size()) return nullptr;
    return &dict_.actors()[dict_.actor_phrases()[m->value].actor];
  }
  Dictionary dict_;
  std::vector<DictionaryProblem> problems_;
};

TEST_F(PeerDictionaryTest, TabariDemoActorsWithDateRestrictionsAndStems) {
  Load("tabari/TABARI.Demo.actors");
  EXPECT_TRUE(problems_.empty()) << problems_[0].ToString();
  EXPECT_GT(dict_.actors().size(), 100u);
  EXPECT_LT(dict_.actors().size(), 200u);
  const Actor* gollum = ActorFor({"smeagol"});  // a "+synonym" of a block
  ASSERT_NE(gollum, nullptr);
  EXPECT_EQ(gollum->name, "GOLLUM");
  EXPECT_EQ(gollum->CodeOn(19940101), "HOB");
  EXPECT_EQ(gollum->CodeOn(19970101), "HOBGOV");
  EXPECT_EQ(gollum->CodeOn(20010101), "HOBREB");
  const Actor* albright = ActorFor({"albright"});
  ASSERT_NE(albright, nullptr);
  EXPECT_EQ(albright->CodeOn(20000601), "USAGOV");
  EXPECT_EQ(albright->CodeOn(20050601), "---");      // TABARI's "[---]" afterwards
  const Actor* argentina = ActorFor({"argentina"});  // stem ARGENTIN
  ASSERT_NE(argentina, nullptr);
  EXPECT_EQ(argentina->CodeOn(20000101), "ARG");
  EXPECT_EQ(ActorFor({"bulgarian"})->CodeOn(0), "BUL");
  EXPECT_EQ(ActorFor({"united", "nations"})->CodeOn(0), "UNO");
  EXPECT_EQ(ActorFor({"leader"}), nullptr);  // <NOUN> section, not an actor
}

TEST_F(PeerDictionaryTest, TabariAgentsAndOptionsAndProject) {
  Load("tabari/Validate.agents");
  EXPECT_TRUE(problems_.empty());
  EXPECT_GT(dict_.agents().size(), 60u);
  std::vector<std::string_view> fm = {"foreign", "minister"};
  auto m = dict_.agent_index().LongestMatch(fm, 0);
  ASSERT_TRUE(m);
  EXPECT_EQ(CombineActorAgent("CHN", dict_.agents()[m->value]), "CHNGOVFRM");
  std::vector<std::string_view> hr = {"human", "rights", "activists"};
  auto h = dict_.agent_index().LongestMatch(hr, 0);
  ASSERT_TRUE(h);
  EXPECT_EQ(dict_.agents()[h->value].placement, AgentPlacement::kPrefix);
  EXPECT_EQ(CombineActorAgent("EGY", dict_.agents()[h->value]), "NGMEGY");

  Load("tabari/Validate.options");
  Load("tabari/CAMEO.09b5.options");
  EXPECT_TRUE(problems_.empty());

  auto report = CheckDictionaries({kPeers + "tabari/Validate.project"});
  ASSERT_EQ(report.files.size(), 5u);  // the project and the 4 files it names
  EXPECT_EQ(report.files[0].names.size(), 4u);
  EXPECT_EQ(report.problem_count(), 0u) << report.ToString();
}

TEST_F(PeerDictionaryTest, TabariVerbsWithSynsetsFormsAndPatterns) {
  Load("tabari/TABARI.Demo.verbs");
  EXPECT_GT(dict_.verbs().size(), 200u);
  EXPECT_GT(dict_.patterns().size(), 300u);
  const Synset* currency = dict_.FindSynset("&currency");
  ASSERT_NE(currency, nullptr);
  EXPECT_GE(currency->members.size(), 8u);
  std::vector<std::string_view> arrived = {"arrived"};  // stem ARRIVE
  auto v = dict_.verb_index().LongestMatch(arrived, 0);
  ASSERT_TRUE(v);
  EXPECT_EQ(dict_.verbs()[v->value].code.code, "032");
  EXPECT_EQ(dict_.verbs()[v->value].code.paired, "033");
  std::vector<std::string_view> acting = {"acting"};  // "{ ACTING_ ... }" form of ACT_
  auto a = dict_.verb_index().LongestMatch(acting, 0);
  ASSERT_TRUE(a);
  EXPECT_EQ(PhraseToString(dict_.verbs()[a->value].lemma), "act");

  Dictionary cameo;
  std::vector<DictionaryProblem> problems;
  ASSERT_TRUE(LoadDictionaryFile(kPeers + "tabari/CAMEO.091003.master.verbs",
                                 DictionaryFormat::kUnknown, &cameo, &problems)
                  .ok());
  EXPECT_GT(cameo.verbs().size(), 1000u);
  EXPECT_GT(cameo.patterns().size(), 14000u);
  EXPECT_LT(problems.size(), 50u);
  auto abandon = cameo.FindVerbClass("abandon~");
  ASSERT_TRUE(abandon);
  const VerbClass& cls = cameo.verb_classes()[*abandon];
  ASSERT_FALSE(cls.patterns.empty());
  const VerbPattern& first = cameo.patterns()[cls.patterns[0]];  // "- SAID + MUST * POLICY [100]"
  EXPECT_EQ(first.code.code, "100");
  ASSERT_EQ(first.before.size(), 3u);
  EXPECT_EQ(first.before[1].kind, PatternElement::Kind::kTarget);
  ASSERT_EQ(first.after.size(), 1u);
  EXPECT_TRUE(first.after[0].word.prefix);
  EXPECT_TRUE(first.after[0].gap);
}

TEST_F(PeerDictionaryTest, PetrarchCameoVerbs) {
  Load("petrarch2/CAMEO.2.0.txt");
  EXPECT_GT(dict_.verb_classes().size(), 300u);
  EXPECT_GT(dict_.verbs().size(), 1500u);
  EXPECT_GT(dict_.patterns().size(), 4000u);
  EXPECT_GE(dict_.synsets().size(), 30u);
  EXPECT_LT(problems_.size(), 20u);
  std::vector<std::string_view> asked_for = {"asked", "for"};
  auto v = dict_.verb_index().LongestMatch(asked_for, 0);
  ASSERT_TRUE(v);
  EXPECT_EQ(dict_.verbs()[v->value].code.code, "020");
  EXPECT_EQ(v->length, 2u);
  auto visit = dict_.FindVerbClass("visit");
  ASSERT_TRUE(visit);
  EXPECT_EQ(dict_.verb_classes()[*visit].name, "VISIT");
  EXPECT_EQ(dict_.verbs()[dict_.verb_classes()[*visit].verbs[0]].code.paired, "043");
  bool reverse_only = false;  // "[:173]": no event this way, 173 the other
  for (const VerbPattern& p : dict_.patterns())
    if (p.code.IsNull() && p.code.paired == "173") reverse_only = true;
  EXPECT_TRUE(reverse_only);
}

TEST_F(PeerDictionaryTest, PhoenixActorsWithDatedCodes) {
  Load("petrarch2/Phoenix.Countries.actors.txt");
  EXPECT_GT(dict_.actors().size(), 15000u);
  EXPECT_GT(dict_.actor_phrases().size(), 20000u);
  EXPECT_LT(problems_.size(), 30u);
  const Actor* obama = ActorFor({"president", "barack", "obama"});
  ASSERT_NE(obama, nullptr);
  EXPECT_EQ(obama->CodeOn(19900101), "USAELI");
  EXPECT_EQ(obama->CodeOn(20120101), "USAGOV");
  EXPECT_EQ(obama->country, "USA");
  const Actor* afg = ActorFor({"afghan"});
  ASSERT_NE(afg, nullptr);
  EXPECT_EQ(afg->CodeOn(20200101), "AFG");
  // PETRARCH words are exact, not stems.
  EXPECT_EQ(ActorFor({"afghanistanis"}), nullptr);

  Load("petrarch2/Phoenix.International.actors.txt");
  Load("petrarch2/Phoenix.MilNonState.actors.txt");
  EXPECT_GT(dict_.actors().size(), 25000u);
  const Actor* nato = ActorFor({"nato"});
  ASSERT_NE(nato, nullptr);
  EXPECT_EQ(nato->CodeOn(20200101), "IGOWSTNAT");
}

TEST_F(PeerDictionaryTest, PhoenixAgentsAndDiscards) {
  Load("petrarch2/Phoenix.agents.txt");
  EXPECT_GT(dict_.agents().size(), 3000u);
  EXPECT_LT(problems_.size(), 10u);
  auto code_of = [&](std::vector<std::string_view> words) -> std::string {
    auto m = dict_.agent_index().LongestMatch(words, 0);
    if (!m || m->length != words.size()) return "";
    return dict_.agents()[m->value].code;
  };
  EXPECT_EQ(code_of({"farmer"}), "AGR");
  EXPECT_EQ(code_of({"farmers"}), "AGR");        // plural generated
  EXPECT_EQ(code_of({"businesswomen"}), "BUS");  // !PERSON! substituted
  EXPECT_EQ(code_of({"foreign", "affairs", "ministry"}), "GOV");

  Load("petrarch2/Phoenix.discards.txt");
  EXPECT_GT(dict_.discards().size(), 400u);
  bool story = false;
  for (const Discard& d : dict_.discards())
    if (d.whole_story && PhraseToString(d.phrase) == "manchester united") story = true;
  EXPECT_TRUE(story);
}

TEST_F(PeerDictionaryTest, PetrarchValidationFilesLoad) {
  auto report = CheckDictionaries({kPeers + "petrarch2/PETR.Validate.actors.txt",
                                   kPeers + "petrarch2/PETR.Validate.agents.txt",
                                   kPeers + "petrarch2/PETR.Validate.verbs.txt",
                                   kPeers + "petrarch2/PETR.Validate.discards.txt"});
  ASSERT_EQ(report.files.size(), 4u);
  EXPECT_EQ(report.files[0].format, DictionaryFormat::kPetrarchActors);
  EXPECT_GT(report.files[0].counts.actors, 100u);
  EXPECT_GT(report.files[1].counts.agents, 100u);
  EXPECT_GT(report.files[2].counts.patterns, 400u);
  EXPECT_GT(report.files[3].counts.discards, 5u);
  EXPECT_LT(report.problem_count(), 10u);
}

}  // namespace
}  // namespace dyad
