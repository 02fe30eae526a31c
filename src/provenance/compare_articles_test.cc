// Tests of CompareArticles (kinds, rules, passages, changes) and
// ChooseOriginal.
#include <gtest/gtest.h>

#include <string>

#include "dyad/provenance.h"
#include "provenance/synthetic_text.h"

namespace dyad {
namespace {

CopyLink Compare(const std::string& a, const std::string& b, std::string_view outlet_a = "",
                 std::string_view outlet_b = "") {
  CopyText ta(a), tb(b);
  return CompareArticles({&ta, outlet_a, {}}, {&tb, outlet_b, {}}, ProvenanceOptions());
}

TEST(CompareArticlesTest, ExactAndSyndicated) {
  const std::string a = provenance::SyntheticArticle(3, 6);
  CopyLink same = Compare(a, a + "\n", "Wire", "Wire");
  EXPECT_EQ(same.kind, CopyKind::kExact);
  EXPECT_EQ(same.rule, "same-words");
  CopyLink other = Compare(a, a, "Wire", "Paper");
  EXPECT_EQ(other.kind, CopyKind::kSyndicated);
  EXPECT_EQ(other.rule, "same-words-other-outlet");
}

TEST(CompareArticlesTest, NearCopyWithEditsAndBoilerplate) {
  const std::string a = provenance::SyntheticArticle(4, 8);
  std::string b = "Home | World | Sports\n\n" + a + "\n\nSign up for our newsletter.";
  const size_t at = b.find(' ', b.size() / 2);
  b.insert(at, " really");
  CopyLink link = Compare(a, b);
  EXPECT_EQ(link.kind, CopyKind::kNear) << link.rule;
  EXPECT_GT(link.coverage_a, 0.95);
  EXPECT_GT(link.identity, 0.97);
  // The inserted word is listed as a change, with offsets in b.
  bool found = false;
  for (const AlignedPassage& p : link.passages)
    for (const WordChange& c : p.changes)
      if (c.b.view(b).find("really") != std::string_view::npos) found = true;
  EXPECT_TRUE(found);
}

TEST(CompareArticlesTest, SpunCopyAlignsOnItsSkeleton) {
  const std::string a =
      "The minister said on Tuesday that the government would raise taxes on fuel in 2025, "
      "and warned that prices could climb further. Critics of the plan said it would hurt "
      "farmers and small firms across the north of the country. The opposition leader, Maria "
      "Keller, called the decision \"reckless and cruel\" and promised to fight it in "
      "parliament. Officials in Brussels declined to comment on the proposal, which must still "
      "pass a vote before the end of the year.";
  const std::string b =
      "The secretary stated on Tuesday that the administration would increase levies on petrol "
      "in 2025, and cautioned that costs could rise further. Opponents of the scheme said it "
      "would harm growers and little companies across the north of the nation. The opposition "
      "chief, Maria Keller, named the choice \"reckless and cruel\" and vowed to battle it in "
      "parliament. Officials in Brussels refused to comment on the proposal, which must still "
      "pass a ballot before the end of the year.";
  CopyLink link = Compare(a, b, "Paper", "Farm");
  EXPECT_EQ(link.kind, CopyKind::kSpun) << link.rule << " " << link.coverage_a;
  EXPECT_LT(link.identity, 0.97);
  ASSERT_FALSE(link.passages.empty());
  bool government = false, taxes = false;
  for (const AlignedPassage& p : link.passages)
    for (const WordChange& c : p.changes) {
      government |= c.a.view(a) == "government" && c.b.view(b) == "administration";
      taxes |= c.a.view(a) == "raise taxes" && c.b.view(b) == "increase levies";
    }
  EXPECT_TRUE(government);
  EXPECT_TRUE(taxes);
}

TEST(CompareArticlesTest, PartialCopyReportsThePassage) {
  const std::string source = provenance::SyntheticArticle(5, 8);
  const size_t p2 = source.find("\n\n");
  const size_t p3 = source.find("\n\n", p2 + 2);
  const std::string para = source.substr(p2 + 2, p3 - p2 - 2);
  const std::string host = provenance::SyntheticArticle(6, 6);
  const std::string copy = host + "\n\n" + para;
  CopyLink link = Compare(source, copy);
  ASSERT_EQ(link.kind, CopyKind::kPartial) << link.rule;
  ASSERT_EQ(link.passages.size(), 1u);
  EXPECT_EQ(link.passages[0].a.begin, p2 + 2);
  EXPECT_EQ(link.passages[0].b.begin, host.size() + 2);
  EXPECT_EQ(link.passages[0].b.end, copy.size() - 1);  // the final period is not a word
}

TEST(CompareArticlesTest, QuoteHook) {
  const std::string quote =
      "we will not accept any deal that leaves our farmers without a market for their grain "
      "and our ports without ships for the whole of the coming winter season, whatever Brussels "
      "may promise us";
  const std::string a = provenance::SyntheticArticle(11, 5) + "\n\nShe said: \"" + quote + ".\"";
  const std::string b = "\"" + quote + ",\" she said.\n\n" + provenance::SyntheticArticle(12, 5);
  CopyText ta(a), tb(b);
  ProvenanceOptions o;
  CopyLink plain = CompareArticles({&ta, "", {}}, {&tb, "", {}}, o);
  EXPECT_EQ(plain.kind, CopyKind::kPartial);
  const Span qa{static_cast<uint32_t>(a.find(quote)),
                static_cast<uint32_t>(a.find(quote) + quote.size())};
  const Span qb{1, static_cast<uint32_t>(1 + quote.size())};
  CopyLink quoted = CompareArticles({&ta, "", {&qa, 1}}, {&tb, "", {&qb, 1}}, o);
  EXPECT_EQ(quoted.kind, CopyKind::kQuoteShared);
  EXPECT_EQ(quoted.rule, "aligned-only-inside-quotes");
}

TEST(CompareArticlesTest, UnrelatedAndEmpty) {
  CopyLink link =
      Compare(provenance::SyntheticArticle(20, 8, 5), provenance::SyntheticArticle(21, 8, 5));
  EXPECT_EQ(link.kind, CopyKind::kNone);
  EXPECT_TRUE(link.passages.empty());
  EXPECT_EQ(Compare("", "word").rule, "no-words");
}

TEST(ChooseOriginalTest, Rules) {
  std::vector<CopyMember> m = {{1, "2024-07-11", 500}, {2, "2024-07-10", 300}, {3, "", 900}};
  EXPECT_EQ(ChooseOriginal(m).id, 2u);
  EXPECT_EQ(ChooseOriginal(m).rule, "earliest-published");
  // A timed date beats a day-only date of its day, even against more words.
  m = {{1, "2024-07-10", 900}, {2, "2024-07-10T09:00:00Z", 600}, {3, "2024-07-11", 900}};
  EXPECT_EQ(ChooseOriginal(m).id, 2u);
  EXPECT_EQ(ChooseOriginal(m).rule, "timed-before-day-only");
  EXPECT_LT(ComparePublished("2024-07-10T23:00:00Z", "2024-07-10"), 0);
  EXPECT_GT(ComparePublished("2024-07-10", "2024-07-09T23:00:00Z"), 0);
  EXPECT_GT(ComparePublished("", "2024-07-10"), 0);
  EXPECT_EQ(ComparePublished("2024-07-10", "2024-07-10"), 0);
  m = {{1, "2024-07-10T09:00:00Z", 500}, {2, "2024-07-10T09:00:00Z", 600}};
  EXPECT_EQ(ChooseOriginal(m).id, 2u);
  EXPECT_EQ(ChooseOriginal(m).rule, "most-complete");
  m = {{4, "2024-07-10T10:00:00Z", 500}, {2, "2024-07-10T09:00:00Z", 100}};
  EXPECT_EQ(ChooseOriginal(m).id, 2u);
  m = {{9, "", 500}, {5, "", 500}};
  EXPECT_EQ(ChooseOriginal(m).id, 5u);
  EXPECT_EQ(ChooseOriginal(m).rule, "first-id");
  m = {{9, "", 500}};
  EXPECT_EQ(ChooseOriginal(m).rule, "only-member");
}

TEST(GroupCopiesTest, WholeArticleLinksMakeGroupsPartialOnesDoNot) {
  const std::vector<CopyMember> m = {{10, "2024-07-10", 300},
                                     {11, "2024-07-11", 300},
                                     {12, "2024-07-12", 280},
                                     {13, "2024-07-09", 500},
                                     {14, "", 100}};
  const std::vector<CopyEdge> edges = {{10, 11, CopyKind::kSyndicated},
                                       {11, 12, CopyKind::kSpun},
                                       {13, 12, CopyKind::kPartial},
                                       {14, 13, CopyKind::kQuoteShared},
                                       {99, 10, CopyKind::kExact}};
  const std::vector<CopyGroup> groups = GroupCopies(edges, m);
  ASSERT_EQ(groups.size(), 1u);
  EXPECT_EQ(groups[0].members, (std::vector<uint32_t>{10, 11, 12}));
  EXPECT_EQ(groups[0].original.id, 10u);
  EXPECT_EQ(groups[0].original.rule, "earliest-published");
}

}  // namespace
}  // namespace dyad
