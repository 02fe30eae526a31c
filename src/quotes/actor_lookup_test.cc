// Tests for speaker actor codes: a listed person's dated code, and a role's
// country plus agent.
#include "quotes/actor_lookup.h"

#include <gtest/gtest.h>

namespace dyad::quotes {
namespace {

Dictionary SmallDictionary() {
  Dictionary d;
  std::vector<DictionaryProblem> problems;
  EXPECT_TRUE(ReadDictionaryText(
                  "country USA United States | U.S. | American | Washington\n"
                  "igo IGOWSTNAT NATO\n"
                  "country FRA France | French\n"
                  "country DEU Germany | German\n"
                  "country GBR Britain | British\n"
                  "agent GOV ambassador | spokesperson | foreign ministry\n"
                  "person Julianne Smith => USAELI ..2021-09-30; USAGOV 2021-10-01..2025-01-20\n",
                  "test.txt", DictionaryFormat::kDyad, &d, &problems)
                  .ok());
  EXPECT_TRUE(problems.empty()) << problems[0].ToString();
  d.BuildIndexes();
  return d;
}

TEST(ActorLookupTest, PersonsHaveDatedCodes) {
  Dictionary d = SmallDictionary();
  EXPECT_EQ(SpeakerActorCode(d, "Julianne Smith", "U.S. ambassador to NATO", 20220301), "USAGOV");
  EXPECT_EQ(SpeakerActorCode(d, "Julianne Smith", "", 20200301), "USAELI");
}

TEST(ActorLookupTest, RoleGivesCountryAndAgent) {
  Dictionary d = SmallDictionary();
  EXPECT_EQ(SpeakerActorCode(d, "Caroline Ashby", "U.S. ambassador to NATO", 20240710), "USAGOV");
  EXPECT_EQ(SpeakerActorCode(d, "Anders Vik", "NATO spokesman", 20240710), "IGOWSTNAT");
  EXPECT_EQ(SpeakerActorCode(d, "Nobody Known", "analyst", 20240710), "");
}

TEST(ActorLookupTest, APlaceOfWorkIsNotTheSpeakersCountry) {
  Dictionary d = SmallDictionary();
  // Washington is USA in the dictionary, but a researcher there is not the
  // US government.
  EXPECT_EQ(
      SpeakerActorCode(d, "Mia Lund", "researcher at the Nordic Institute in Washington", 20240710),
      "");
  EXPECT_EQ(SpeakerActorCode(d, "Mia Lund", "spokesperson based in Washington", 20240710), "");
  EXPECT_EQ(SpeakerActorCode(d, "Caroline Ashby", "U.S. ambassador in Brussels", 20240710),
            "USAGOV");
}

TEST(ActorLookupTest, AGroupOfCountriesHasNoCode) {
  Dictionary d = SmallDictionary();
  // The first country's code would make the group's statement that
  // country's alone.
  EXPECT_EQ(SpeakerActorCode(d, "France, Germany and Britain", "", 20240710), "");
  EXPECT_EQ(SpeakerActorCode(d, "France and Germany", "", 20240710), "");
  EXPECT_EQ(SpeakerActorCode(d, "diplomats", "French, German and British", 20240710), "");
  // One actor named twice, or two not in a list, still code.
  EXPECT_EQ(SpeakerActorCode(d, "France", "", 20240710), "FRA");
  EXPECT_EQ(SpeakerActorCode(d, "Anna Berg", "French ambassador to Germany", 20240710), "FRAGOV");
}

}  // namespace
}  // namespace dyad::quotes
