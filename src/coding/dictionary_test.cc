// Tests for the in-memory Dictionary: phrase tokens, dates, codes on a date,
// actor + agent composition, and the PhraseIndex longest-match look-up.
#include <gtest/gtest.h>

#include "dyad/dictionary.h"

namespace dyad {
namespace {

std::vector<std::string> Texts(const Phrase& p) {
  std::vector<std::string> out;
  for (const auto& t : p) out.push_back(t.text);
  return out;
}

TEST(DictionaryTokens, SplitsLowercasesAndSeparatesPossessives) {
  EXPECT_EQ(Texts(TokenizeDictionaryPhrase("People's Republic of_China")),
            (std::vector<std::string>{"people", "'s", "republic", "of", "china"}));
  EXPECT_EQ(Texts(TokenizeDictionaryPhrase("U.S.  State_Department")),
            (std::vector<std::string>{"u.s.", "state", "department"}));
  EXPECT_EQ(Texts(TokenizeDictionaryPhrase("Educational, Scientific")),
            (std::vector<std::string>{"educational", ",", "scientific"}));
  EXPECT_EQ(Texts(TokenizeDictionaryPhrase("Russia\xE2\x80\x99s")),
            (std::vector<std::string>{"russia", "'s"}));
  EXPECT_TRUE(TokenizeDictionaryPhrase("  _ _ ").empty());
  EXPECT_EQ(NormalizeDictionaryToken("Kyiv"), "kyiv");
}

TEST(DictionaryTokens, PrefixTokensMatchLongerWords) {
  PhraseToken stem{"argentin", true}, exact{"argentina", false};
  EXPECT_TRUE(PhraseTokenMatches(stem, "argentine"));
  EXPECT_TRUE(PhraseTokenMatches(stem, "argentin"));
  EXPECT_FALSE(PhraseTokenMatches(stem, "argent"));
  EXPECT_TRUE(PhraseTokenMatches(exact, "argentina"));
  EXPECT_FALSE(PhraseTokenMatches(exact, "argentinas"));
}

TEST(DictionaryDates, ParsesIsoDatesAndRejectsBadOnes) {
  EXPECT_EQ(ParseIsoDate("2021-01-20"), 20210120);
  EXPECT_EQ(ParseIsoDate("2024-02-29"), 20240229);
  EXPECT_FALSE(ParseIsoDate("2021-13-01"));
  EXPECT_FALSE(ParseIsoDate("2021-01-32"));
  EXPECT_FALSE(ParseIsoDate("2021-1-20"));
  EXPECT_FALSE(ParseIsoDate("20210120"));
}

TEST(DictionaryActor, CodeOnPicksTheDatedCodeThenTheDefault) {
  Actor a;
  a.codes = {{"USAELI", kDateMin, 20210119},
             {"USAGOV", 20210120, 20250120},
             {"USAELI", 20250121, kDateMax}};
  EXPECT_EQ(a.CodeOn(20200101), "USAELI");
  EXPECT_EQ(a.CodeOn(20220601), "USAGOV");
  EXPECT_EQ(a.CodeOn(20250120), "USAGOV");
  EXPECT_EQ(a.CodeOn(20250121), "USAELI");
  EXPECT_EQ(a.CodeOn(0), "USAELI");  // unknown date: the last code

  Actor b;
  b.codes = {{"AR1", kDateMin, 19911225}, {"AR2"}};
  EXPECT_EQ(b.CodeOn(19900101), "AR1");
  EXPECT_EQ(b.CodeOn(20000101), "AR2");

  Actor c;
  c.codes = {{"HOBGOV", 19950601, 19990815}};
  EXPECT_EQ(c.CodeOn(20050101), "");
}

TEST(DictionaryAgent, CombinesActorAndAgentCodes) {
  Agent gov{{}, "GOV", AgentPlacement::kSuffix, {}};
  Agent ngo{{}, "NGO", AgentPlacement::kPrefix, {}};
  EXPECT_EQ(CombineActorAgent("CHN", gov), "CHNGOV");
  EXPECT_EQ(CombineActorAgent("CHNGOV", gov), "CHNGOV");
  EXPECT_EQ(CombineActorAgent("", gov), "GOV");
  EXPECT_EQ(CombineActorAgent("CHN", ngo), "NGOCHN");

  Actor china;
  china.kind = ActorKind::kCountry;
  china.codes = {{"CHN"}};
  ActorPhrase capital{TokenizeDictionaryPhrase("Beijing"), 0, PhraseRole::kCapital, {}};
  ActorPhrase adjective{TokenizeDictionaryPhrase("Chinese"), 0, PhraseRole::kAdjective, {}};
  EXPECT_EQ(ActorPhraseCode(china, capital, 20240101), "CHNGOV");
  EXPECT_EQ(ActorPhraseCode(china, adjective, 20240101), "CHN");
}

TEST(PhraseIndex, FindsTheLongestMatchAndEveryMatch) {
  std::vector<Phrase> phrases = {TokenizeDictionaryPhrase("united states"),
                                 TokenizeDictionaryPhrase("united"),
                                 TokenizeDictionaryPhrase("united states of america"),
                                 {{"argentin", true}},
                                 {{"a", true}, {"b", false}}};
  PhraseIndex index;
  for (uint32_t i = 0; i < phrases.size(); ++i) index.Add(&phrases[i], i);
  index.Finish();
  std::vector<std::string_view> toks = {"the", "united",    "states", "of", "america",
                                        "and", "argentina", "ax",     "b"};
  EXPECT_FALSE(index.LongestMatch(toks, 0));
  auto m = index.LongestMatch(toks, 1);
  ASSERT_TRUE(m);
  EXPECT_EQ(m->value, 2u);
  EXPECT_EQ(m->length, 4u);
  auto all = index.AllMatches(toks, 1);
  ASSERT_EQ(all.size(), 3u);
  EXPECT_EQ(all[1].value, 0u);
  EXPECT_EQ(all[2].value, 1u);
  auto arg = index.LongestMatch(toks, 6);
  ASSERT_TRUE(arg);
  EXPECT_EQ(arg->value, 3u);
  auto ab = index.LongestMatch(toks, 7);  // short prefix key "a"
  ASSERT_TRUE(ab);
  EXPECT_EQ(ab->value, 4u);
  EXPECT_FALSE(index.LongestMatch(toks, 9));
  EXPECT_EQ(index.size(), 5u);
}

TEST(Dictionary, FindsActorsVerbClassesAndSynsetsByName) {
  Dictionary d;
  uint32_t f = d.AddFile("x.txt");
  Actor a;
  a.name = "China";
  a.kind = ActorKind::kCountry;
  a.codes = {{"CHN"}};
  a.origin = {f, 3};
  uint32_t i = d.AddActor(a);
  EXPECT_EQ(d.FindActor(ActorKind::kCountry, "CHN"), i);
  EXPECT_EQ(d.FindActor(ActorKind::kCountry, "china"), i);
  EXPECT_FALSE(d.FindActor(ActorKind::kIgo, "CHN"));
  EXPECT_EQ(d.Where(d.actors()[i].origin), "x.txt:3");
  Synset s;
  s.name = "&currency";
  d.AddSynset(s);
  EXPECT_NE(d.FindSynset("&CURRENCY"), nullptr);
  EXPECT_EQ(d.FindSynset("&nothing"), nullptr);
}

}  // namespace
}  // namespace dyad
