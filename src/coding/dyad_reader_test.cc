// Tests for dyad's own dictionary format: every kind of entry, merging of
// lines for one actor, and malformed lines reported with file:line.
#include <gtest/gtest.h>

#include "dyad/dictionary.h"

namespace dyad {
namespace {

struct Loaded {
  Dictionary dict;
  std::vector<DictionaryProblem> problems;
};

void Load(std::string_view text, Loaded* out) {
  ASSERT_TRUE(
      ReadDictionaryText(text, "t.txt", DictionaryFormat::kDyad, &out->dict, &out->problems).ok());
  out->dict.BuildIndexes();
}

std::vector<std::string_view> Toks(const std::vector<std::string>& words) {
  return {words.begin(), words.end()};
}

TEST(DyadReader, ReadsActorsWithRolesAndMergesLinesOfOneActor) {
  Loaded l;
  Load(
      "# countries\n"
      "country CHN  China | People's Republic of China | PRC\n"
      "country CHN  Chinese@adj | Beijing@capital | Zhongnanhai@seat   # more forms\n"
      "igo IGOWSTNAT NATO | North Atlantic Treaty Organization | Brussels@seat\n",
      &l);
  EXPECT_TRUE(l.problems.empty());
  ASSERT_EQ(l.dict.actors().size(), 2u);
  const Actor& china = l.dict.actors()[0];
  EXPECT_EQ(china.name, "China");
  EXPECT_EQ(china.kind, ActorKind::kCountry);
  EXPECT_EQ(china.country, "CHN");
  EXPECT_EQ(l.dict.actor_phrases().size(), 9u);

  std::vector<std::string> words = {"the", "people", "'s", "republic", "of", "china", "said"};
  auto m = l.dict.actor_index().LongestMatch(Toks(words), 1);
  ASSERT_TRUE(m);
  EXPECT_EQ(m->length, 5u);
  const ActorPhrase& p = l.dict.actor_phrases()[m->value];
  EXPECT_EQ(l.dict.Where(p.origin), "t.txt:2");

  std::vector<std::string> beijing = {"beijing"};
  auto b = l.dict.actor_index().LongestMatch(Toks(beijing), 0);
  ASSERT_TRUE(b);
  const ActorPhrase& bp = l.dict.actor_phrases()[b->value];
  EXPECT_EQ(bp.role, PhraseRole::kCapital);
  EXPECT_EQ(ActorPhraseCode(l.dict.actors()[bp.actor], bp, 20240101), "CHNGOV");
  EXPECT_EQ(l.dict.Where(bp.origin), "t.txt:3");

  std::vector<std::string> brussels = {"brussels"};
  auto br = l.dict.actor_index().LongestMatch(Toks(brussels), 0);
  ASSERT_TRUE(br);
  const ActorPhrase& brp = l.dict.actor_phrases()[br->value];
  EXPECT_EQ(ActorPhraseCode(l.dict.actors()[brp.actor], brp, 20240101), "IGOWSTNAT");
}

TEST(DyadReader, ReadsPersonsWithDateRanges) {
  Loaded l;
  Load(
      "person Joe Biden | Biden | President Biden => USAELI ..2021-01-19; USAGOV "
      "2021-01-20..2025-01-20; USAELI 2025-01-21..\n",
      &l);
  ASSERT_TRUE(l.problems.empty()) << l.problems[0].ToString();
  ASSERT_EQ(l.dict.actors().size(), 1u);
  const Actor& biden = l.dict.actors()[0];
  EXPECT_EQ(biden.name, "Joe Biden");
  EXPECT_EQ(biden.kind, ActorKind::kPerson);
  EXPECT_EQ(biden.country, "USA");
  EXPECT_EQ(biden.CodeOn(20150101), "USAELI");
  EXPECT_EQ(biden.CodeOn(20230315), "USAGOV");
  EXPECT_EQ(biden.CodeOn(20250301), "USAELI");
  EXPECT_EQ(l.dict.actor_phrases().size(), 3u);
}

TEST(DyadReader, ReadsAgentsSynsetsDiscardsVerbsAndPatterns) {
  Loaded l;
  Load(
      "agent GOV government | foreign ministry | spokesperson\n"
      "agent ~MIL navy | army\n"
      "agent NGO~ aid group\n"
      "synset &weapon weapons | arms | missiles\n"
      "discard football match\n"
      "discard-story horoscope\n"
      "verb 042 visit {visits visited visiting} | tour\n"
      "verb --- pay {pays paid paying}\n"
      "pattern 043 visit : + * by $\n"
      "pattern 057 pay : $ .. * tribute to +\n"
      "pattern 072 pay : $ * for (&weapon | military aid) .. to +\n"
      "pattern 0871 visit : $ * accus~\n",
      &l);
  ASSERT_TRUE(l.problems.empty()) << l.problems[0].ToString();
  ASSERT_EQ(l.dict.agents().size(), 6u);
  EXPECT_EQ(l.dict.agents()[3].code, "MIL");
  EXPECT_EQ(l.dict.agents()[5].placement, AgentPlacement::kPrefix);
  std::vector<std::string> words = {"chinese", "foreign", "ministry"};
  auto a = l.dict.agent_index().LongestMatch(Toks(words), 1);
  ASSERT_TRUE(a);
  EXPECT_EQ(CombineActorAgent("CHN", l.dict.agents()[a->value]), "CHNGOV");

  ASSERT_EQ(l.dict.synsets().size(), 1u);
  EXPECT_EQ(l.dict.synsets()[0].members.size(), 3u);
  ASSERT_EQ(l.dict.discards().size(), 2u);
  EXPECT_TRUE(l.dict.discards()[1].whole_story);

  ASSERT_EQ(l.dict.verb_classes().size(), 2u);
  ASSERT_EQ(l.dict.verbs().size(), 3u);
  EXPECT_EQ(l.dict.verbs()[0].code.code, "042");
  EXPECT_EQ(l.dict.verbs()[0].forms.size(), 3u);
  EXPECT_EQ(l.dict.verbs()[1].verb_class, 0u);  // "tour" shares visit's patterns
  EXPECT_TRUE(l.dict.verbs()[2].code.IsNull());
  std::vector<std::string> paid = {"paid"};
  auto v = l.dict.verb_index().LongestMatch(Toks(paid), 0);
  ASSERT_TRUE(v);
  EXPECT_EQ(v->value, 2u);

  ASSERT_EQ(l.dict.patterns().size(), 4u);
  const VerbPattern& hosted = l.dict.patterns()[0];
  ASSERT_EQ(hosted.before.size(), 1u);
  EXPECT_EQ(hosted.before[0].kind, PatternElement::Kind::kTarget);
  ASSERT_EQ(hosted.after.size(), 2u);
  EXPECT_EQ(hosted.after[0].word.text, "by");
  EXPECT_EQ(hosted.after[1].kind, PatternElement::Kind::kSource);
  const VerbPattern& tribute = l.dict.patterns()[1];
  ASSERT_EQ(tribute.before.size(), 1u);
  EXPECT_TRUE(tribute.before[0].gap);  // "$ .. *"
  EXPECT_FALSE(tribute.after[0].gap);
  const VerbPattern& arms = l.dict.patterns()[2];
  ASSERT_EQ(arms.after.size(), 4u);
  EXPECT_EQ(arms.after[1].kind, PatternElement::Kind::kAlternatives);
  EXPECT_EQ(arms.after[1].alternatives.size(), 2u);
  EXPECT_EQ(arms.after[1].alternatives[0][0].text, "&weapon");
  EXPECT_TRUE(arms.after[2].gap);
  EXPECT_FALSE(arms.after[3].gap);
  EXPECT_TRUE(l.dict.patterns()[3].after[0].word.prefix);
  EXPECT_EQ(l.dict.verb_classes()[1].patterns.size(), 2u);
}

TEST(DyadReader, ReportsEachMalformedLineAndLoadsTheRest) {
  Loaded l;
  Load(
      "country chn China\n"                            // 1 lowercase code
      "country CHN\n"                                  // 2 no phrase
      "person Nobody Atall\n"                          // 3 no =>
      "person X Y => USAGOV 2021-02-30..\n"            // 4 bad date
      "person X Y => USAGOV 2025-01-01..2021-01-01\n"  // 5 reversed
      "country RUS Russia | Moscow@capitol\n"          // 6 bad role
      "frobnicate FOO bar\n"                           // 7 unknown keyword
      "verb 999 zap\n"                                 // 8 not CAMEO
      "pattern 042 visit : $ +\n"                      // 9 undeclared verb
      "verb 042 visit\n"                               // 10 ok
      "pattern 042 visit : $ + \n"                     // 11 no '*'
      "pattern 042 visit : * * +\n"                    // 12 two '*'
      "pattern 042 visit : $ * (a | ) +\n"             // 13 empty alternative
      "pattern 042 visit : .. * +\n"                   // 14 leading ..
      "synset weapon arms\n"                           // 15 no &
      "country FRA France | French@adj\n"              // 16 ok
      "agent GOV\n",                                   // 17 no phrase
      &l);
  std::vector<uint32_t> lines;
  for (const auto& p : l.problems) {
    EXPECT_EQ(p.file, "t.txt");
    lines.push_back(p.line);
  }
  EXPECT_EQ(lines, (std::vector<uint32_t>{1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 13, 14, 15, 17}));
  EXPECT_EQ(l.problems[0].ToString().rfind("t.txt:1: ", 0), 0u);
  ASSERT_EQ(l.dict.actors().size(), 1u);
  EXPECT_EQ(l.dict.actors()[0].name, "France");
  EXPECT_EQ(l.dict.verbs().size(), 1u);
}

}  // namespace
}  // namespace dyad
