// Tests for the CAMEO table: sorted, complete roots, QuadClass by root,
// Goldstein scores within the scale.
#include <gtest/gtest.h>

#include "dyad/dictionary.h"

namespace dyad {
namespace {

TEST(CameoTable, IsSortedAndLooksUpEveryCode) {
  auto all = AllCameoCodes();
  ASSERT_GT(all.size(), 250u);
  for (size_t i = 1; i < all.size(); ++i) EXPECT_LT(all[i - 1].code, all[i].code);
  for (const CameoCode& c : all) {
    EXPECT_EQ(FindCameoCode(c.code), &c);
    EXPECT_GE(c.goldstein, -10.0);
    EXPECT_LE(c.goldstein, 10.0);
    EXPECT_GE(c.code.size(), 2u);
    EXPECT_LE(c.code.size(), 4u);
    EXPECT_NE(FindCameoCode(c.root()), nullptr) << c.code;
  }
}

TEST(CameoTable, HasEveryRootWithItsQuadClass) {
  const int expected[21] = {0, 1, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 3, 4, 4, 4, 4, 4, 4};
  for (int root = 1; root <= 20; ++root) {
    char code[3] = {static_cast<char>('0' + root / 10), static_cast<char>('0' + root % 10), 0};
    const CameoCode* c = FindCameoCode(code);
    ASSERT_NE(c, nullptr) << code;
    EXPECT_EQ(c->quad_class(), expected[root]) << code;
    EXPECT_EQ(CameoQuadClass(std::string(code) + "0"), expected[root]);
  }
  EXPECT_EQ(CameoQuadClass("21"), 0);
  EXPECT_EQ(CameoQuadClass("00"), 0);
  EXPECT_EQ(CameoQuadClass("x"), 0);
}

TEST(CameoTable, KnownEntries) {
  const CameoCode* visit = FindCameoCode("042");
  ASSERT_NE(visit, nullptr);
  EXPECT_EQ(visit->name, "Make a visit");
  EXPECT_EQ(visit->root(), "04");
  EXPECT_DOUBLE_EQ(visit->goldstein, 1.9);
  const CameoCode* sign = FindCameoCode("057");
  ASSERT_NE(sign, nullptr);
  EXPECT_DOUBLE_EQ(sign->goldstein, 8.0);
  const CameoCode* accuse = FindCameoCode("1123");
  ASSERT_NE(accuse, nullptr);
  EXPECT_EQ(accuse->quad_class(), 3);
  const CameoCode* nuke = FindCameoCode("2042");
  ASSERT_NE(nuke, nullptr);
  EXPECT_DOUBLE_EQ(nuke->goldstein, -10.0);
  EXPECT_EQ(FindCameoCode("999"), nullptr);
  EXPECT_EQ(FindCameoCode(""), nullptr);
}

}  // namespace
}  // namespace dyad
