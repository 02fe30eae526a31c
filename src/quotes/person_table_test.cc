// Tests for the person table: full names with roles from appositions and
// titles, short names resolved to the nearest full name, lazy scanning.
#include "quotes/person_table.h"

#include <gtest/gtest.h>

namespace dyad::quotes {
namespace {

TEST(PersonTableTest, ShortNamesFindTheFullNameAndRole) {
  std::string text =
      "Julianne Smith, U.S. ambassador to NATO, arrived.\n\n"
      "Foreign Ministry spokesperson Lin Jian replied.\n\n"
      "Smith spoke first; Lin answered. Later a different Anna Smith, a lawyer, spoke.";
  std::vector<Span> paragraphs = SplitParagraphs(text);
  PersonTable table(text, paragraphs, nullptr);
  const uint32_t late = static_cast<uint32_t>(text.find("Smith spoke"));
  const NamedPerson* smith = table.FindShort("Smith", late);
  ASSERT_NE(smith, nullptr);
  EXPECT_EQ(smith->name, "Julianne Smith");
  EXPECT_EQ(smith->role, "U.S. ambassador to NATO");
  const NamedPerson* lin = table.FindShort("Lin", late);  // surname first
  ASSERT_NE(lin, nullptr);
  EXPECT_EQ(lin->name, "Lin Jian");
  EXPECT_EQ(lin->role, "Foreign Ministry spokesperson");
  // After the second Smith is introduced, "Smith" is her.
  const NamedPerson* anna = table.FindShort("Smith", static_cast<uint32_t>(text.size()));
  ASSERT_NE(anna, nullptr);
  EXPECT_EQ(anna->name, "Anna Smith");
  EXPECT_EQ(table.RoleOf("Anna Smith"), "lawyer");
  EXPECT_EQ(table.FindShort("Nobody", late), nullptr);
}

TEST(PersonTableTest, TitleWithOfIntroducesThePerson) {
  std::string text =
      "Secretary of State Antony Blinken told reporters in Prague that talks went well.\n\n"
      "Minister for Foreign Affairs Wang Yi disagreed.\n\nBlinken and Wang met later.";
  std::vector<Span> paragraphs = SplitParagraphs(text);
  PersonTable table(text, paragraphs, nullptr);
  const uint32_t late = static_cast<uint32_t>(text.find("Blinken and"));
  const NamedPerson* blinken = table.FindShort("Blinken", late);
  ASSERT_NE(blinken, nullptr);
  EXPECT_EQ(blinken->name, "Antony Blinken");
  EXPECT_EQ(blinken->role, "Secretary of State");
  const NamedPerson* wang = table.FindShort("Wang", late);
  ASSERT_NE(wang, nullptr);
  EXPECT_EQ(wang->name, "Wang Yi");
}

TEST(PersonTableTest, TitlesTellGender) {
  std::string text = "Ms Ana Ruiz met Mr. Tom Hale and Paul Kerr.";
  std::vector<Span> paragraphs = SplitParagraphs(text);
  PersonTable table(text, paragraphs, nullptr);
  auto people = table.NamedBetween(0, static_cast<uint32_t>(text.size()));
  ASSERT_EQ(people.size(), 3u);
  EXPECT_EQ(people[0]->name, "Ana Ruiz");
  EXPECT_EQ(people[0]->gender, Gender::kFemale);
  EXPECT_EQ(people[1]->name, "Tom Hale");
  EXPECT_EQ(people[1]->gender, Gender::kMale);
  EXPECT_EQ(people[2]->gender, Gender::kUnknown);
}

TEST(PersonTableTest, PlacesAndBodiesAreNotPeople) {
  std::string text = "An analyst at the Institute for Atlantic Studies said so on Monday.";
  std::vector<Span> paragraphs = SplitParagraphs(text);
  PersonTable table(text, paragraphs, nullptr);
  EXPECT_EQ(table.LatestBetween(0, static_cast<uint32_t>(text.size())), nullptr);
}

}  // namespace
}  // namespace dyad::quotes
