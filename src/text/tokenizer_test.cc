// Tests for Tokenize: words, abbreviations, numbers, quotes, ellipses,
// possessives, offsets, and linear behaviour on degenerate input.
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "dyad/text.h"

namespace dyad {
namespace {

std::vector<std::string> Texts(const std::string& s) {
  std::vector<std::string> r;
  for (const Token& t : Tokenize(s)) r.emplace_back(t.view(s));
  return r;
}

std::string Kinds(const std::string& s) {
  std::string r;
  for (const Token& t : Tokenize(s)) {
    switch (t.kind) {
      case TokenKind::kWord: r += 'w'; break;
      case TokenKind::kNumber: r += 'n'; break;
      case TokenKind::kPunctuation: r += 'p'; break;
      case TokenKind::kQuote: r += 'q'; break;
      case TokenKind::kSymbol: r += 's'; break;
    }
  }
  return r;
}

using V = std::vector<std::string>;

TEST(TokenizerTest, WordsAndPunctuation) {
  EXPECT_EQ(Texts("Smith said, \"No.\""), (V{"Smith", "said", ",", "\"", "No", ".", "\""}));
  EXPECT_EQ(Kinds("Smith said, \"No.\""), "wwpqwpq");
  EXPECT_EQ(Texts(""), V{});
  EXPECT_EQ(Texts(" \n\t "), V{});
}

TEST(TokenizerTest, InnerApostrophesAndHyphensStay) {
  EXPECT_EQ(Texts("isn\xE2\x80\x99t O'Brien full-scale anti-West 75-year-old"),
            (V{"isn\xE2\x80\x99t", "O'Brien", "full-scale", "anti-West", "75-year-old"}));
  EXPECT_EQ(Kinds("75-year-old"), "w");
}

TEST(TokenizerTest, PossessiveSIsSplitOff) {
  EXPECT_EQ(Texts("China\xE2\x80\x99s navy, Beijing's"),
            (V{"China", "\xE2\x80\x99s", "navy", ",", "Beijing", "'s"}));
  EXPECT_EQ(Kinds("China's"), "ww");
  // Not a possessive: 's' followed by more letters.
  EXPECT_EQ(Texts("O'Sullivan"), (V{"O'Sullivan"}));
  // A plural possessive leaves a lone apostrophe, a kQuote.
  EXPECT_EQ(Texts("states' ministers"), (V{"states", "'", "ministers"}));
  EXPECT_EQ(Kinds("states' ministers"), "wqw");
}

TEST(TokenizerTest, AbbreviationsKeepTheirPeriod) {
  EXPECT_EQ(Texts("U.S. and U.K. e.g. i.e. Ph.D. 5 p.m."),
            (V{"U.S.", "and", "U.K.", "e.g.", "i.e.", "Ph.D.", "5", "p.m."}));
  EXPECT_EQ(Texts("Gen. Lt. Col. Mr. Mrs. Jan. Inc. etc."),
            (V{"Gen.", "Lt.", "Col.", "Mr.", "Mrs.", "Jan.", "Inc.", "etc."}));
  EXPECT_EQ(Texts("J. R. R. Tolkien"), (V{"J.", "R.", "R.", "Tolkien"}));
  EXPECT_EQ(Texts("U.S.A. J.R.R."), (V{"U.S.A.", "J.R.R."}));
}

TEST(TokenizerTest, OrdinaryWordsDoNotTakeThePeriod) {
  EXPECT_EQ(Texts("the end. It"), (V{"the", "end", ".", "It"}));
  EXPECT_EQ(Texts("end.It"), (V{"end", ".", "It"}));
  EXPECT_EQ(Texts("U.S"), (V{"U.", "S"}));  // an initial, then a word
  // A lowercase single letter is no initial.
  EXPECT_EQ(Texts("plan b."), (V{"plan", "b", "."}));
}

TEST(TokenizerTest, NoIsAnAbbreviationOnlyBeforeANumber) {
  EXPECT_EQ(Texts("No. 10 Downing"), (V{"No.", "10", "Downing"}));
  EXPECT_EQ(Texts("He said No. Then"), (V{"He", "said", "No", ".", "Then"}));
}

TEST(TokenizerTest, Numbers) {
  EXPECT_EQ(Texts("1,000 3.5 10/07/2024 9:30 2022-23"),
            (V{"1,000", "3.5", "10/07/2024", "9:30", "2022-23"}));
  EXPECT_EQ(Kinds("1,000 3.5 10/07/2024 9:30"), "nnnn");
  EXPECT_EQ(Texts("in 2022. Then 5, 6"), (V{"in", "2022", ".", "Then", "5", ",", "6"}));
  EXPECT_EQ(Texts("1990s 5G"), (V{"1990s", "5G"}));
  EXPECT_EQ(Kinds("1990s 5G"), "ww");
  EXPECT_EQ(Texts("$5.5bn 40%"), (V{"$", "5.5bn", "40", "%"}));
  EXPECT_EQ(Kinds("$5 40%"), "snns");
}

TEST(TokenizerTest, QuotesOfEveryStyle) {
  std::string s =
      "\xE2\x80\x9C"
      "a\xE2\x80\x9D \xC2\xAB"
      "b\xC2\xBB \xE2\x80\x98"
      "c\xE2\x80\x99 `d'";
  EXPECT_EQ(Kinds(s), "qwqqwqqwqqwq");
}

TEST(TokenizerTest, EllipsesAreOneToken) {
  EXPECT_EQ(Texts("divide . . . the"), (V{"divide", ". . .", "the"}));
  EXPECT_EQ(Texts("wait... what\xE2\x80\xA6 no"), (V{"wait", "...", "what", "\xE2\x80\xA6", "no"}));
  // Thin spaces between the periods, as typeset text has them.
  EXPECT_EQ(Texts("a\xE2\x80\x89.\xE2\x80\x89.\xE2\x80\x89.\xE2\x80\x89"
                  "b"),
            (V{"a", ".\xE2\x80\x89.\xE2\x80\x89.", "b"}));
  EXPECT_EQ(Kinds("a . . . b"), "wpw");
  // Two spaced periods are two periods.
  EXPECT_EQ(Texts("a. .b"), (V{"a", ".", ".", "b"}));
}

TEST(TokenizerTest, OffsetsAreBytesIntoTheText) {
  std::string s = "  Caf\xC3\xA9 \xE2\x80\x9Cok\xE2\x80\x9D";
  std::vector<Token> t = Tokenize(s);
  ASSERT_EQ(t.size(), 4u);
  EXPECT_EQ(t[0].begin, 2u);
  EXPECT_EQ(t[0].end, 7u);
  EXPECT_EQ(t[1].begin, 8u);
  EXPECT_EQ(t[1].end, 11u);
  EXPECT_EQ(t[2].view(s), "ok");
  EXPECT_EQ(t[3].end, s.size());
}

TEST(TokenizerTest, NonLatinScriptsAndMarks) {
  // Москва, 简体, and a decomposed é (e + U+0301) all stay whole.
  EXPECT_EQ(Texts("\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0 \xE7\xAE\x80\xE4\xBD\x93 "
                  "cafe\xCC\x81"),
            (V{"\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0", "\xE7\xAE\x80\xE4\xBD\x93",
               "cafe\xCC\x81"}));
  // Soft hyphen inside a word is part of it; zero-width space separates nothing.
  EXPECT_EQ(Texts("co\xC2\xAD"
                  "operation"),
            (V{"co\xC2\xAD"
               "operation"}));
}

TEST(TokenizerTest, DegenerateInputIsLinear) {
  std::string dots(100000, '.');
  std::vector<Token> t = Tokenize(dots);
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].size(), 100000u);
  std::string spaced;
  for (int i = 0; i < 50000; ++i) spaced += ". ";
  EXPECT_EQ(Tokenize(spaced).size(), 1u);
  std::string initials;
  for (int i = 0; i < 50000; ++i) initials += "a.";
  EXPECT_EQ(Tokenize(initials).size(), 1u);
  std::string hyphens(100000, '-');
  EXPECT_EQ(Tokenize(hyphens).size(), 100000u);
  std::string apostrophes;
  for (int i = 0; i < 30000; ++i) apostrophes += "a's";
  EXPECT_EQ(Tokenize(apostrophes).size(), 2u);  // one word, then the final 's
}

}  // namespace
}  // namespace dyad
