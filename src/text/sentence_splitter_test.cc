// Tests for SplitSentences: hand-written tricky cases for each rule, the
// seed articles of ../shared (read in place), invariants on every result,
// and degenerate input that must stay linear.
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "dyad/text.h"

namespace dyad {
namespace {

std::vector<std::string> Sentences(const std::string& s) {
  std::vector<std::string> r;
  for (const Sentence& x : SplitSentences(s)) r.emplace_back(x.view(s));
  return r;
}

using V = std::vector<std::string>;

// Every sentence: non-empty, inside the text, sorted, not overlapping, no
// white space at either end, its tokens inside it and sorted, first and last
// token at its ends.
void ExpectWellFormed(const std::string& s, const std::vector<Sentence>& sentences) {
  uint32_t prev_end = 0;
  for (const Sentence& x : sentences) {
    ASSERT_LT(x.begin, x.end);
    ASSERT_LE(x.end, s.size());
    ASSERT_LE(prev_end, x.begin);
    prev_end = x.end;
    ASSERT_FALSE(x.tokens.empty());
    EXPECT_EQ(x.tokens.front().begin, x.begin);
    EXPECT_EQ(x.tokens.back().end, x.end);
    uint32_t tok_end = x.begin;
    for (const Token& t : x.tokens) {
      ASSERT_LE(tok_end, t.begin);
      ASSERT_LT(t.begin, t.end);
      tok_end = t.end;
    }
    EXPECT_NE(s[x.begin], ' ');
    EXPECT_NE(s[x.end - 1], ' ');
    EXPECT_NE(s[x.end - 1], '\n');
  }
}

TEST(SentenceSplitterTest, PlainSentencesAndQuestionAndExclamation) {
  EXPECT_EQ(Sentences("It rained. Was it cold? Yes! Very."),
            (V{"It rained.", "Was it cold?", "Yes!", "Very."}));
}

TEST(SentenceSplitterTest, AbbreviationsBeforeNamesDoNotEnd) {
  EXPECT_EQ(Sentences("Gen. Mark Milley met Lt. Col. Smith and Sen. Jones. Mr. Lee, Mrs. Lee, "
                      "Ms. Kim, Dr. Park and Prof. Choi agreed. Gov. Newsom and Rep. Cruz spoke."),
            (V{"Gen. Mark Milley met Lt. Col. Smith and Sen. Jones.",
               "Mr. Lee, Mrs. Lee, Ms. Kim, Dr. Park and Prof. Choi agreed.",
               "Gov. Newsom and Rep. Cruz spoke."}));
  EXPECT_EQ(Sentences("They met at St. Petersburg. Talks failed."),
            (V{"They met at St. Petersburg.", "Talks failed."}));
}

TEST(SentenceSplitterTest, CountryAbbreviations) {
  EXPECT_EQ(Sentences("The U.S. ambassador spoke. U.S. Secretary of State Antony Blinken and the "
                      "U.K. envoy met the U.N. chief. Troops left the U.S. The move surprised."),
            (V{"The U.S. ambassador spoke.",
               "U.S. Secretary of State Antony Blinken and the U.K. envoy met the U.N. chief.",
               "Troops left the U.S.", "The move surprised."}));
  // At the end of the paragraph, U.S. ends the sentence.
  EXPECT_EQ(Sentences("They flew to the U.S.\n\nThen home."),
            (V{"They flew to the U.S.", "Then home."}));
}

TEST(SentenceSplitterTest, MonthsAndNumbers) {
  EXPECT_EQ(Sentences("On Jan. 6, 2021, and Dec. 25 it was 3.5 degrees. No. 10 said so."),
            (V{"On Jan. 6, 2021, and Dec. 25 it was 3.5 degrees.", "No. 10 said so."}));
  EXPECT_EQ(Sentences("The answer was No. Then he left."),
            (V{"The answer was No.", "Then he left."}));
}

TEST(SentenceSplitterTest, LatinAndCompanyAbbreviations) {
  EXPECT_EQ(Sentences("Allies, e.g. France, i.e. Paris, vs. Berlin, agreed. Arms, fuel, etc. were "
                      "sent. Food, water, etc. The list grew."),
            (V{"Allies, e.g. France, i.e. Paris, vs. Berlin, agreed.",
               "Arms, fuel, etc. were sent.", "Food, water, etc.", "The list grew."}));
  EXPECT_EQ(
      Sentences("Apple Inc. said so. Acme Corp. The firm grew. Foo Ltd. and Bar Co. merged."),
      (V{"Apple Inc. said so.", "Acme Corp.", "The firm grew.", "Foo Ltd. and Bar Co. merged."}));
}

TEST(SentenceSplitterTest, Initials) {
  EXPECT_EQ(Sentences("J. R. R. Tolkien wrote it. George W. Bush read it."),
            (V{"J. R. R. Tolkien wrote it.", "George W. Bush read it."}));
  EXPECT_EQ(Sentences("They chose Plan B. The rest followed."),
            (V{"They chose Plan B.", "The rest followed."}));
}

TEST(SentenceSplitterTest, Ellipses) {
  EXPECT_EQ(Sentences("working to divide . . . the transatlantic partners. And more."),
            (V{"working to divide . . . the transatlantic partners.", "And more."}));
  EXPECT_EQ(
      Sentences("We will see... The market fell. Wait\xE2\x80\xA6 what? Sure... China agreed."),
      (V{"We will see...", "The market fell.", "Wait\xE2\x80\xA6 what?", "Sure... China agreed."}));
  EXPECT_EQ(Sentences("across the space . . . The way it works."),
            (V{"across the space . . .", "The way it works."}));
}

TEST(SentenceSplitterTest, ClosingQuotesBelongToTheSentence) {
  EXPECT_EQ(Sentences("\"It means war,\" he said. \"It means war.\" He said it twice."),
            (V{"\"It means war,\" he said.", "\"It means war.\"", "He said it twice."}));
  EXPECT_EQ(Sentences("\xE2\x80\x9CWhy?\xE2\x80\x9D he asked. \xE2\x80\x9CNo!\xE2\x80\x9D"),
            (V{"\xE2\x80\x9CWhy?\xE2\x80\x9D he asked.", "\xE2\x80\x9CNo!\xE2\x80\x9D"}));
  EXPECT_EQ(Sentences("He left (for good.) Then she came."),
            (V{"He left (for good.)", "Then she came."}));
}

TEST(SentenceSplitterTest, QuotesSpanningSentences) {
  std::string s =
      "\xE2\x80\x9CWe are ready. We have been ready for years. Nobody asked,\xE2\x80\x9D "
      "she said.";
  EXPECT_EQ(Sentences(s), (V{"\xE2\x80\x9CWe are ready.", "We have been ready for years.",
                             "Nobody asked,\xE2\x80\x9D she said."}));
}

TEST(SentenceSplitterTest, HeadlinesAndLines) {
  std::string s =
      "Language : English\nSecurity\n\nChina-NATO Relations Reach Breakdown\n\n"
      "Jul 31, 2024\n\nA spokesperson said so. Photo: AFP\n\nThe end.";
  std::vector<Sentence> x = SplitSentences(s);
  ASSERT_EQ(x.size(), 7u);
  EXPECT_EQ(x[0].view(s), "Language : English");
  EXPECT_TRUE(x[0].headline);
  EXPECT_EQ(x[1].view(s), "Security");
  EXPECT_TRUE(x[1].headline);
  EXPECT_EQ(x[0].paragraph, 0u);
  EXPECT_EQ(x[1].paragraph, 0u);
  EXPECT_EQ(x[2].view(s), "China-NATO Relations Reach Breakdown");
  EXPECT_TRUE(x[2].headline);
  EXPECT_EQ(x[2].paragraph, 1u);
  EXPECT_EQ(x[3].view(s), "Jul 31, 2024");
  EXPECT_EQ(x[4].view(s), "A spokesperson said so.");
  EXPECT_FALSE(x[4].headline);
  EXPECT_EQ(x[5].view(s), "Photo: AFP");
  EXPECT_EQ(x[6].view(s), "The end.");
  EXPECT_FALSE(x[6].headline);
  EXPECT_EQ(x[6].paragraph, 4u);
}

TEST(SentenceSplitterTest, WrappedProseIgnoresLineBreaks) {
  std::string s =
      "The alliance said on Tuesday that\nits members would meet again. The\n"
      "talks were\nlong.\n\nNext.";
  EXPECT_EQ(Sentences(s), (V{"The alliance said on Tuesday that\nits members would meet again.",
                             "The\ntalks were\nlong.", "Next."}));
  // A lone long line without punctuation is not a headline.
  std::string words;
  for (int i = 0; i < 60; ++i) words += "word ";
  std::vector<Sentence> x = SplitSentences(words);
  ASSERT_EQ(x.size(), 1u);
  EXPECT_FALSE(x[0].headline);
}

TEST(SentenceSplitterTest, TokensHaveOffsetsIntoTheWholeText) {
  std::string s = "First one.\n\nSecond \xE2\x80\x9Cone\xE2\x80\x9D.";
  std::vector<Sentence> x = SplitSentences(s);
  ASSERT_EQ(x.size(), 2u);
  ASSERT_EQ(x[1].tokens.size(), 5u);
  EXPECT_EQ(x[1].tokens[0].view(s), "Second");
  EXPECT_EQ(x[1].tokens[2].view(s), "one");
  EXPECT_EQ(x[1].tokens[3].kind, TokenKind::kQuote);
  ExpectWellFormed(s, x);
}

TEST(SentenceSplitterTest, DegenerateInputIsLinearAndWellFormed) {
  std::string line(100000, 'a');
  for (size_t i = 5; i < line.size(); i += 7) line[i] = ' ';
  std::vector<Sentence> x = SplitSentences(line);
  ASSERT_EQ(x.size(), 1u);
  ExpectWellFormed(line, x);

  std::string dots(10000, '.');
  x = SplitSentences("Start " + dots + " End.");
  ExpectWellFormed("Start " + dots + " End.", x);

  std::string stops;
  for (int i = 0; i < 20000; ++i) stops += "A. ";
  x = SplitSentences(stops);
  ExpectWellFormed(stops, x);

  std::string quotes(50000, '"');
  x = SplitSentences("He said." + quotes + " Then.");
  ExpectWellFormed("He said." + quotes + " Then.", x);

  std::string lines;
  for (int i = 0; i < 20000; ++i) lines += "x\n";
  x = SplitSentences(lines);
  EXPECT_EQ(x.size(), 20000u);
}

// The seed articles of ../shared, read in place.
std::string ReadSeed(const std::string& prefix) {
  std::filesystem::path dir = std::filesystem::path(DYAD_SHARED_DIR) / "corpus" / "seeds";
  if (!std::filesystem::is_directory(dir)) return "";
  for (const auto& e : std::filesystem::directory_iterator(dir)) {
    if (e.path().filename().string().rfind(prefix, 0) == 0) {
      std::ifstream f(e.path(), std::ios::binary);
      std::stringstream ss;
      ss << f.rdbuf();
      return ss.str();
    }
  }
  return "";
}

// The one sentence of `sentences` containing `needle`; fails if not exactly one.
std::string SentenceWith(const std::string& s, const std::vector<Sentence>& sentences,
                         const std::string& needle) {
  std::string found;
  int count = 0;
  for (const Sentence& x : sentences) {
    if (x.view(s).find(needle) != std::string_view::npos) {
      found = std::string(x.view(s));
      ++count;
    }
  }
  EXPECT_EQ(count, 1) << needle;
  return found;
}

TEST(SentenceSplitterTest, SeedArticle000) {
  if (!std::filesystem::is_directory(std::filesystem::path(DYAD_SHARED_DIR) / "corpus" / "seeds")) {
    GTEST_SKIP() << "no ../shared";
  }
  std::string s = ReadSeed("000_");
  ASSERT_FALSE(s.empty());
  std::vector<Sentence> x = SplitSentences(s);
  ExpectWellFormed(s, x);
  std::string ambassador = SentenceWith(s, x, "U.S. ambassador to NATO, said:");
  EXPECT_EQ(ambassador.rfind("Discussing the threat", 0), 0u);
  EXPECT_TRUE(ambassador.ends_with("NATO alliance.\xE2\x80\x9D")) << ambassador;
  std::string divide = SentenceWith(s, x, "working to divide . . . the transatlantic partners.");
  EXPECT_TRUE(divide.ends_with("partners.")) << divide;
  std::string blinken = SentenceWith(s, x, "U.S. Secretary of State Antony Blinken");
  EXPECT_EQ(blinken.rfind("After a meeting on November 30,", 0), 0u);
  EXPECT_TRUE(blinken.ends_with("cooperation with Russia.")) << blinken;
  SentenceWith(s, x, "U.S. ally South Korea said");
  for (const Sentence& y : x) EXPECT_FALSE(y.headline) << y.view(s);
}

TEST(SentenceSplitterTest, SeedArticle001ThinSpacedEllipses) {
  std::string s = ReadSeed("001_");
  if (s.empty()) GTEST_SKIP() << "no ../shared";
  std::vector<Sentence> x = SplitSentences(s);
  ExpectWellFormed(s, x);
  // ". . ." written with thin spaces stays inside its sentence.
  std::string laser = SentenceWith(s, x, "centered like a laser");
  EXPECT_NE(laser.find("to get the Ukrainians"), std::string::npos) << laser;
  std::string divide = SentenceWith(s, x, "working to divide");
  EXPECT_NE(divide.find("the transatlantic"), std::string::npos) << divide;
}

TEST(SentenceSplitterTest, SeedArticle003HeadlinesAtTheTop) {
  std::string s = ReadSeed("003_");
  if (s.empty()) GTEST_SKIP() << "no ../shared";
  std::vector<Sentence> x = SplitSentences(s);
  ExpectWellFormed(s, x);
  ASSERT_GE(x.size(), 5u);
  EXPECT_EQ(x[2].view(s), "China-NATO Relations Reach Breakdown");
  EXPECT_TRUE(x[2].headline);
  EXPECT_EQ(x[3].view(s), "Jul 31, 2024");
  EXPECT_TRUE(x[3].headline);
}

TEST(SentenceSplitterTest, AllSeedsAreWellFormed) {
  for (const char* prefix : {"000_", "001_", "002_", "003_", "004_"}) {
    std::string s = ReadSeed(prefix);
    if (s.empty()) continue;
    ExpectWellFormed(s, SplitSentences(s));
  }
}

}  // namespace
}  // namespace dyad

namespace dyad {
namespace {

TEST(SentenceSplitterSpansOnlyTest, SameBoundariesWithoutTokens) {
  const std::string text =
      "NATO leaders met in Washington. \xE2\x80\x9CWe remain open,\xE2\x80\x9D the statement "
      "said. The U.S. ambassador spoke . . . at length.\n\nHeadline Without Stop\n\nShort one? "
      "Yes.";
  std::vector<Sentence> with = SplitSentences(text);
  std::vector<Sentence> without = SplitSentences(text, /*keep_tokens=*/false);
  ASSERT_EQ(with.size(), without.size());
  ASSERT_GT(with.size(), 4u);
  for (size_t i = 0; i < with.size(); ++i) {
    EXPECT_EQ(with[i].begin, without[i].begin);
    EXPECT_EQ(with[i].end, without[i].end);
    EXPECT_EQ(with[i].paragraph, without[i].paragraph);
    EXPECT_EQ(with[i].headline, without[i].headline);
    EXPECT_FALSE(with[i].tokens.empty());
    EXPECT_TRUE(without[i].tokens.empty());
  }
}

}  // namespace
}  // namespace dyad

namespace dyad {
namespace {

TEST(SentenceSplitterKnownParagraphsTest, SameAsSplittingTheParagraphsAgain) {
  const std::string text =
      "Ministers met in Oslo. They agreed on a text.\n\n"
      "\xE2\x80\x9CWe are pleased,\xE2\x80\x9D the statement said. More talks are due.\n\n"
      "A Headline Line\n\nThe U.S. envoy spoke . . . at length.";
  const std::vector<Span> paragraphs = SplitParagraphs(text);
  ASSERT_EQ(paragraphs.size(), 4u);
  std::vector<Sentence> again = SplitSentences(text);
  std::vector<Sentence> known = SplitSentences(text, paragraphs);
  ASSERT_EQ(again.size(), known.size());
  for (size_t i = 0; i < again.size(); ++i) {
    EXPECT_EQ(again[i].begin, known[i].begin);
    EXPECT_EQ(again[i].end, known[i].end);
    EXPECT_EQ(again[i].paragraph, known[i].paragraph);
    EXPECT_EQ(again[i].headline, known[i].headline);
    EXPECT_EQ(again[i].tokens.size(), known[i].tokens.size());
  }
}

}  // namespace
}  // namespace dyad
