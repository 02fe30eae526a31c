// Tests for ExtractQuotes: each quote form with its rule and speaker,
// speaker resolution within an article (short names, titles, pronouns,
// documents), unattributed quotes, offsets, and bad input.
#include <gtest/gtest.h>

#include <chrono>
#include <string>

#include "dyad/quotes.h"

namespace dyad {
namespace {

struct Found {
  std::string words, rule, speaker, kind, role;
  int part_of;
};

std::vector<Found> Extract(const std::string& text) {
  std::vector<Span> paragraphs = SplitParagraphs(text);
  std::vector<Found> out;
  for (const Quote& q : ExtractQuotes(text, paragraphs, SplitSentences(text, paragraphs, false))) {
    out.push_back({std::string(q.inner.view(text)), std::string(QuoteRuleName(q.rule)),
                   q.speaker.canonical, std::string(SpeakerKindName(q.speaker.kind)),
                   q.speaker.role, q.part_of});
  }
  return out;
}

TEST(ExtractQuotesTest, SaidAfterAndBrokenQuote) {
  auto q = Extract(
      "Julianne Smith, U.S. ambassador to NATO, spoke on Monday. “We've seen them share hybrid "
      "tactics,” Smith said. “I think China watches closely.”");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].words, "We've seen them share hybrid tactics,");
  EXPECT_EQ(q[0].rule, "said-after");
  EXPECT_EQ(q[0].speaker, "Julianne Smith");
  EXPECT_EQ(q[0].role, "U.S. ambassador to NATO");
  EXPECT_EQ(q[1].rule, "broken");
  EXPECT_EQ(q[1].speaker, "Julianne Smith");
  EXPECT_EQ(q[1].part_of, 0);
}

TEST(ExtractQuotesTest, ColonIntroAndPronoun) {
  auto q = Extract("Ambassador Julianne Smith arrived late.\n\nShe said: “We are ready.”");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].rule, "colon-intro");
  EXPECT_EQ(q[0].speaker, "Julianne Smith");
  EXPECT_EQ(q[0].kind, "person");
}

TEST(ExtractQuotesTest, InvertedWithApposition) {
  auto q = Extract("“That is not our policy,” said Lin Jian, a Foreign Ministry spokesperson.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].rule, "said-inverted");
  EXPECT_EQ(q[0].speaker, "Lin Jian");
  EXPECT_EQ(q[0].role, "Foreign Ministry spokesperson");
}

TEST(ExtractQuotesTest, ShortNameTitleAndFullNameAreOnePerson) {
  auto q = Extract(
      "NATO Secretary General Jens Stoltenberg spoke first. “We are united,” Stoltenberg said.\n\n"
      "“We will stay united,” Secretary General Stoltenberg added.\n\n“Always,” he said.");
  ASSERT_EQ(q.size(), 3u);
  for (const Found& f : q) {
    EXPECT_EQ(f.speaker, "Jens Stoltenberg") << f.words;
    EXPECT_EQ(f.role, "NATO Secretary General") << f.words;
  }
}

TEST(ExtractQuotesTest, PartialQuoteTakesTheSentencesSpeaker) {
  auto q = Extract(
      "Foreign Ministry spokesperson Lin Jian said China was a “force for peace” in the "
      "region.\n\nThe report called China a “decisive supporter” of Russia's war.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].rule, "partial");
  EXPECT_EQ(q[0].speaker, "Lin Jian");
  EXPECT_EQ(q[1].rule, "partial");
  EXPECT_EQ(q[1].kind, "document");
  EXPECT_EQ(q[1].speaker, "report");
}

TEST(ExtractQuotesTest, PronounsFollowGender) {
  auto q = Extract(
      "Ms. Ana Ruiz, the envoy, and Mr. Tom Hale, a trade official, met on Monday.\n\n"
      "“We are ready,” Ruiz said. “The deal is close,” he added.\n\n"
      "“We are not,” Hale said. “Not yet,” she said.");
  ASSERT_EQ(q.size(), 4u);
  EXPECT_EQ(q[0].speaker, "Ana Ruiz");
  EXPECT_EQ(q[1].speaker, "Tom Hale");  // he: not the woman quoted just before
  EXPECT_EQ(q[2].speaker, "Tom Hale");
  EXPECT_EQ(q[3].speaker, "Ana Ruiz");
}

TEST(ExtractQuotesTest, PronounGenderLearntFromEarlierPronouns) {
  auto q = Extract(
      "Lena Berg and Paul Kerr spoke in Oslo.\n\n"
      "“It went well,” Berg said. “We agreed,” she added.\n\n"
      "“It is a start,” Kerr said.\n\n“We will meet again,” she said.");
  ASSERT_EQ(q.size(), 4u);
  EXPECT_EQ(q[1].speaker, "Lena Berg");
  EXPECT_EQ(q[2].speaker, "Paul Kerr");
  EXPECT_EQ(q[3].speaker, "Lena Berg");  // she was Berg before; Kerr is not known as she
}

TEST(ExtractQuotesTest, PronounWithoutGenderEvidenceIsTheLatestPerson) {
  auto q = Extract(
      "Lena Berg spoke first.\n\n“It went well,” Berg said.\n\n"
      "“It is a start,” said Paul Kerr.\n\n“We will meet again,” he said.");
  ASSERT_EQ(q.size(), 3u);
  EXPECT_EQ(q[2].speaker, "Paul Kerr");
}

TEST(ExtractQuotesTest, PartialQuotesTakeTheSentencesSpeaker) {
  auto q = Extract(
      "NATO Secretary General Jens Stoltenberg spoke in Brussels.\n\n"
      "China is a “decisive supporter” of the war, Stoltenberg said.\n\n"
      "NATO leaders said on Wednesday that Iran was a “destabilising force”.\n\n"
      "The allies, Stoltenberg said, were “united and determined”.");
  ASSERT_EQ(q.size(), 3u);
  EXPECT_EQ(q[0].speaker, "Jens Stoltenberg");
  EXPECT_EQ(q[1].kind, "organisation");
  EXPECT_EQ(q[1].speaker, "NATO leaders");
  EXPECT_EQ(q[2].speaker, "Jens Stoltenberg");
}

TEST(ExtractQuotesTest, AccordingToBeforeAPartialQuote) {
  auto q = Extract(
      "According to a senior State Department official, the alliance is now “laser-focused” on "
      "the question.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "anonymous");
  EXPECT_EQ(q[0].speaker, "senior State Department official");
}

TEST(ExtractQuotesTest, TitleWithOfIntroducesTheSpeaker) {
  auto q = Extract(
      "Secretary of State Antony Blinken told reporters in Prague that the talks were useful."
      "\n\n“We will keep talking,” Blinken said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Antony Blinken");
  EXPECT_EQ(q[0].role, "Secretary of State");
}

TEST(ExtractQuotesTest, ScareQuotesAreUnattributed) {
  auto q = Extract("China and Russia declared a partnership with “no limits” in 2022.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "unattributed");
  EXPECT_EQ(q[0].speaker, "");
}

TEST(ExtractQuotesTest, DocumentsAndOrganisationsSpeak) {
  auto q = Extract(
      "“China is a decisive enabler,” the NATO leaders' statement said.\n\n"
      "“We regret it,” the statement added.\n\n"
      "“We disagree,” the European Union delegation said in a statement.");
  ASSERT_EQ(q.size(), 3u);
  EXPECT_EQ(q[0].kind, "document");
  EXPECT_EQ(q[0].speaker, "NATO leaders' statement");
  EXPECT_EQ(q[1].speaker, "NATO leaders' statement");
  EXPECT_EQ(q[2].kind, "organisation");
  EXPECT_EQ(q[2].speaker, "European Union delegation");
}

TEST(ExtractQuotesTest, ContinuedParagraphSharesTheSpeaker) {
  auto q = Extract(
      "Kenji Morimoto, Japan's defence minister, said: “We will watch closely.\n\n"
      "“Japan will respond calmly,” Morimoto said.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "Kenji Morimoto");
  EXPECT_EQ(q[1].rule, "continued-paragraph");
  EXPECT_EQ(q[1].part_of, 0);
  EXPECT_EQ(q[1].speaker, "Kenji Morimoto");
}

TEST(ExtractQuotesTest, EllipsisAndBracketAreFlaggedAndKept) {
  std::string text =
      "“Some capitals . . . did not want a fight with the [People's Republic of China],” one "
      "diplomat said.";
  std::vector<Span> paragraphs = SplitParagraphs(text);
  auto qs = ExtractQuotes(text, paragraphs, SplitSentences(text, paragraphs, false));
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_TRUE(qs[0].has_ellipsis);
  EXPECT_TRUE(qs[0].has_bracket);
  EXPECT_EQ(qs[0].speaker.kind, SpeakerKind::kAnonymous);
  EXPECT_EQ(qs[0].outer.view(text).substr(0, 3), "“");
  EXPECT_EQ(qs[0].attribution.view(text), "one diplomat said");
  EXPECT_EQ(qs[0].speaker.mention.view(text), "one diplomat");
}

TEST(ExtractQuotesTest, GuillemetsAndStraightQuotes) {
  auto q = Extract("«We are looking at it,» the diplomat said.\n\n\"Not now,\" said Maria Lind.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].words, "We are looking at it,");
  EXPECT_EQ(q[1].words, "Not now,");
  EXPECT_EQ(q[1].speaker, "Maria Lind");
}

TEST(ExtractQuotesTest, ArticleOverloadReadsDateAndParagraphs) {
  Article a;
  a.text = "“Ready,” said Maria Lind.";
  a.paragraphs.push_back({{0, static_cast<uint32_t>(a.text.size())}, {}});
  a.published = "2024-07-10";
  auto qs = ExtractQuotes(a);
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(qs[0].speaker.canonical, "Maria Lind");
}

TEST(ExtractQuotesTest, BadInputIsBoundedAndNeverSpansTheArticle) {
  std::string text = "He said “" + std::string(50000, 'a') + " and then " +
                     std::string(20000, '"') + "\n\n“" + std::string(30000, 'b') + "”";
  for (int i = 0; i < 2000; ++i) text += " “x” «y» „z“ \"w";
  std::vector<Span> paragraphs = SplitParagraphs(text);
  auto sentences = SplitSentences(text, paragraphs, false);
  QuoteOptions options;
  auto start = std::chrono::steady_clock::now();
  auto qs = ExtractQuotes(text, paragraphs, sentences, options);
  (void)start;
  for (const Quote& q : qs) {
    EXPECT_LE(q.inner.size(), options.max_quote_bytes);
    EXPECT_LE(q.outer.end, text.size());
  }
  EXPECT_FALSE(qs.empty());  // the short quotes at the end are still found
}

}  // namespace
}  // namespace dyad
