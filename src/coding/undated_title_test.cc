// With an undated article, a title before a dated person ("U.S. President
// Joe Biden") picks which of the person's codes applies.
#include <gtest/gtest.h>

#include <string>

#include "coding/default_dictionary_fixture.h"
#include "dyad/coding.h"

namespace dyad {
namespace {

class UndatedTitleTest : public DefaultDictionaryFixture {
 protected:
  static std::string SourceOf(std::string_view text, int32_t date) {
    Coder coder(dict_);
    for (const Event& e : coder.CodeText(text, date))
      if (!e.source.code.empty()) return e.source.code;
    return "";
  }
};

TEST_F(UndatedTitleTest, ACountryAndTitleBeforeTheNameDecide) {
  EXPECT_EQ(SourceOf("U.S. President Joe Biden hosted NATO leaders at the White House.", 0),
            "USAGOV");
}

TEST_F(UndatedTitleTest, ATitleAloneBeforeTheNameDecides) {
  EXPECT_EQ(SourceOf("Secretary of State Antony Blinken criticized China on Tuesday.", 0),
            "USAGOV");
}

TEST_F(UndatedTitleTest, WithoutATitleTheUndatedRuleStands) {
  // No title: the last code listed, as Actor::CodeOn(0) documents.
  EXPECT_EQ(SourceOf("Joe Biden criticized China on Tuesday.", 0), "USAELI");
}

TEST_F(UndatedTitleTest, ADateStillDecidesOverTheTitle) {
  // In 2018 Biden held no office, whatever the sentence calls him.
  EXPECT_EQ(SourceOf("U.S. President Joe Biden hosted NATO leaders at the White House.", 20180301),
            "USAELI");
}

}  // namespace
}  // namespace dyad
