// Regression test on the gold quotes: the sample corpus manifest (345
// labelled quotes in 66 articles, read from the corpus files) and dyad's own
// extra gold (data/gold/quotes-*.tsv). The floors are the targets:
// quote span precision >= 0.95, recall >= 0.90, speaker accuracy >= 0.90 on
// the quotes found. tools/eval_quotes prints the details.
#include "quotes/quote_gold.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <set>

namespace dyad::quotes {
namespace {

const Dictionary* DefaultDictionary() {
  static const Result<Dictionary> dict = [] {
    std::vector<DictionaryProblem> problems;
    return LoadDefaultDictionaries(std::string(DYAD_SOURCE_DIR) + "/data/dictionaries", &problems);
  }();
  return dict.ok() ? &*dict : nullptr;
}

QuoteEvaluation Evaluate(const std::vector<GoldArticle>& articles) {
  QuoteOptions options;
  options.dictionary = DefaultDictionary();
  QuoteEvaluation e;
  EvaluateQuotes(articles, options, &e);
  return e;
}

TEST(QuoteGoldTest, GoldSetsCoverEveryFormAndAreLargeEnough) {
  auto corpus = LoadCorpusGold(std::string(DYAD_SOURCE_DIR) + "/examples");
  ASSERT_TRUE(corpus.ok()) << corpus.status().ToString();
  auto extra = LoadExtraGold(std::string(DYAD_SOURCE_DIR) + "/data/gold/quotes-extra.tsv");
  ASSERT_TRUE(extra.ok()) << extra.status().ToString();
  size_t articles = corpus->size() + extra->size(), quotes = 0;
  std::set<std::string> forms;
  for (const auto* set : {&*corpus, &*extra})
    for (const GoldArticle& a : *set) {
      quotes += a.quotes.size();
      for (const GoldQuote& q : a.quotes) {
        forms.insert(q.form);
        // Gold words are in the text dyad extracted.
        EXPECT_NE(a.article.text.find(q.text), std::string::npos) << a.id << ": " << q.text;
      }
    }
  EXPECT_GE(articles, 40u);
  EXPECT_GE(quotes, 150u);
  for (const char* form : {"said_after", "said_before", "said_inverted", "broken",
                           "continued_paragraph", "partial", "ellipsis", "bracket"})
    EXPECT_TRUE(forms.count(form)) << form;
}

TEST(QuoteGoldTest, CorpusManifestMeetsTheTargets) {
  auto corpus = LoadCorpusGold(std::string(DYAD_SOURCE_DIR) + "/examples");
  ASSERT_TRUE(corpus.ok()) << corpus.status().ToString();
  QuoteEvaluation e = Evaluate(*corpus);
  EXPECT_EQ(e.all.gold, 345);
  EXPECT_GE(e.all.precision(), 0.95);
  EXPECT_GE(e.all.recall(), 0.90);
  EXPECT_GE(e.all.speaker_accuracy(), 0.90);
}

TEST(QuoteGoldTest, ExtraGoldMeetsTheTargets) {
  auto extra = LoadExtraGold(std::string(DYAD_SOURCE_DIR) + "/data/gold/quotes-extra.tsv");
  ASSERT_TRUE(extra.ok()) << extra.status().ToString();
  QuoteEvaluation e = Evaluate(*extra);
  EXPECT_GE(e.all.precision(), 0.95);
  EXPECT_GE(e.all.recall(), 0.90);
  EXPECT_GE(e.all.speaker_accuracy(), 0.90);
}

TEST(QuoteGoldTest, SpeakerMatching) {
  GoldQuote g;
  g.speaker = "Caroline Ashby";
  Speaker s;
  s.kind = SpeakerKind::kPerson;
  s.canonical = "Ashby";
  EXPECT_FALSE(SpeakerMatches(g, s));  // an unresolved short name is wrong
  s.canonical = "Caroline Ashby";
  EXPECT_TRUE(SpeakerMatches(g, s));
  g.speaker = "France, Germany and the United Kingdom";
  g.role = "joint statement of the E3";
  s.kind = SpeakerKind::kDocument;
  s.canonical = "statement";
  EXPECT_TRUE(SpeakerMatches(g, s));
  g.speaker.reset();
  EXPECT_FALSE(SpeakerMatches(g, s));
  s.kind = SpeakerKind::kAnonymous;
  EXPECT_TRUE(SpeakerMatches(g, s));
}

TEST(QuoteGoldTest, MalformedExtraGoldNamesTheLine) {
  std::string path = std::string(DYAD_BINARY_DIR) + "/bad-quotes-gold.tsv";
  {
    std::ofstream f(path);
    f << "# comment\nA\tx\t2024-01-01\tText.\nQ\tpartial\n";
  }
  auto r = LoadExtraGold(path);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().ToString().find("bad-quotes-gold.tsv:3"), std::string::npos)
      << r.status().ToString();
}

}  // namespace
}  // namespace dyad::quotes
