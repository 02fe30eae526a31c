// Tests for the gold-set reader (coding/gold_set.h) and for dyad's gold set
// itself (data/gold/events.tsv): it parses, is large enough, covers every
// CAMEO root and the phenomena it promises, and uses actor codes the default
// dictionaries can produce.
#include "coding/gold_set.h"

#include <gtest/gtest.h>

#include <map>
#include <set>

#include "dyad/dictionary.h"

namespace dyad::coding {
namespace {

TEST(GoldSetReader, ReadsARecord) {
  std::vector<GoldProblem> problems;
  auto r = ReadGoldSet(
      "# comment\n\ng1\t2024-07-10\tigo,agent\tNATO accused China.\tIGOWSTNAT CHN 112; CHN "
      "IGOWSTNAT 111\n",
      "t.tsv", &problems);
  EXPECT_TRUE(problems.empty());
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].id, "g1");
  EXPECT_EQ(r[0].date, 20240710);
  EXPECT_TRUE(r[0].HasTag("igo"));
  EXPECT_FALSE(r[0].HasTag("passive"));
  EXPECT_EQ(r[0].sentence, "NATO accused China.");
  ASSERT_EQ(r[0].events.size(), 2u);
  EXPECT_EQ(r[0].events[1], (GoldEvent{"CHN", "IGOWSTNAT", "111"}));
  EXPECT_EQ(r[0].events[0].root(), "11");
  EXPECT_EQ(r[0].line, 3u);
}

TEST(GoldSetReader, NoneMeansNoEvent) {
  auto r =
      ReadGoldSet("n1\t2024-01-01\tnegation\tChina has not supplied arms.\tnone\n", "t", nullptr);
  ASSERT_EQ(r.size(), 1u);
  EXPECT_TRUE(r[0].events.empty());
}

TEST(GoldSetReader, ReportsEachMalformedLineWithFileAndLine) {
  std::vector<GoldProblem> problems;
  auto r = ReadGoldSet(
      "a\t2024-01-01\tplain\tok.\tnone\n"
      "b\t2024-13-01\tplain\tbad date.\tnone\n"
      "c\t2024-01-01\tweird\tbad tag.\tnone\n"
      "d\t2024-01-01\tplain\tbad code.\tUSA CHN 999\n"
      "e\t2024-01-01\tplain\ttoo few fields.\n"
      "a\t2024-01-01\tplain\tduplicate id.\tnone\n"
      "f\t2024-01-01\tplain\tbad actor.\tusa CHN 111\n"
      "g\t2024-01-01\tplain\ttwo words.\tUSA 111\n"
      "h\t2024-01-01\tplain\t\tnone\n"
      "i\t2024-01-01\t\tno tag.\tnone\n"
      "j\t2024-01-01\tplain\tempty events.\t\n",
      "gold.tsv", &problems);
  EXPECT_EQ(r.size(), 1u);
  ASSERT_EQ(problems.size(), 10u);
  for (size_t k = 0; k < problems.size(); ++k) {
    EXPECT_EQ(problems[k].line, k + 2) << problems[k].ToString();
    EXPECT_TRUE(problems[k].ToString().starts_with("gold.tsv:" + std::to_string(k + 2) + ": "));
  }
}

TEST(GoldSetReader, OverlongLineAndMissingFile) {
  std::vector<GoldProblem> problems;
  std::string line(kMaxGoldLineBytes + 1, 'x');
  EXPECT_TRUE(ReadGoldSet(line, "t", &problems).empty());
  EXPECT_EQ(problems.size(), 1u);
  EXPECT_FALSE(LoadGoldSetFile("/nonexistent/gold.tsv", nullptr).ok());
}

TEST(GoldSetReader, ParsesEventLists) {
  EXPECT_TRUE(ParseGoldEvents("none").ok());
  EXPECT_FALSE(ParseGoldEvents("USA CHN").ok());
  EXPECT_FALSE(ParseGoldEvents("USA CHN 11").ok());  // a root is not an event code
  auto e = ParseGoldEvents(" RUS UKR 195 ;UKR RUS 190 ");
  ASSERT_TRUE(e.ok());
  EXPECT_EQ(e.value().size(), 2u);
}

class DyadGoldSet : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto r = LoadGoldSetFile(std::string(DYAD_SOURCE_DIR) + "/data/gold/events.tsv", &problems_);
    ASSERT_TRUE(r.ok()) << r.status().ToString();
    records_ = new std::vector<GoldRecord>(std::move(r).value());
  }
  static void TearDownTestSuite() { delete records_; }
  static size_t CountTagged(std::string_view tag) {
    size_t n = 0;
    for (const GoldRecord& r : *records_) n += r.HasTag(tag);
    return n;
  }
  static std::vector<GoldRecord>* records_;
  static std::vector<GoldProblem> problems_;
};
std::vector<GoldRecord>* DyadGoldSet::records_ = nullptr;
std::vector<GoldProblem> DyadGoldSet::problems_;

TEST_F(DyadGoldSet, ParsesWithoutProblems) {
  for (const auto& p : problems_) ADD_FAILURE() << p.ToString();
  EXPECT_GE(records_->size(), 300u);
}

TEST_F(DyadGoldSet, CoversEveryRootWithAtLeastFiveRecords) {
  std::map<std::string, std::set<std::string>> records_per_root;
  for (const GoldRecord& r : *records_)
    for (const GoldEvent& e : r.events) records_per_root[e.root()].insert(r.id);
  for (int root = 1; root <= 20; ++root) {
    std::string key = (root < 10 ? "0" : "") + std::to_string(root);
    EXPECT_GE(records_per_root[key].size(), 5u) << "root " << key;
  }
}

TEST_F(DyadGoldSet, CoversThePhenomena) {
  EXPECT_GE(CountTagged("negation") + CountTagged("denial"), 30u);
  for (const char* tag : {"passive", "compound", "attribution", "future", "metonym", "person-date",
                          "agent", "igo", "possessive", "apposition"})
    EXPECT_GE(CountTagged(tag), 10u) << tag;
  size_t none = 0;
  for (const GoldRecord& r : *records_) none += r.events.empty();
  EXPECT_GE(none, 30u);  // sentences that must code nothing
}

TEST_F(DyadGoldSet, ManyNegatedOrDeniedSentencesCodeNothing) {
  // "has not supplied", "denied supplying": the negated act is never an event.
  size_t none = 0;
  for (const GoldRecord& r : *records_)
    if ((r.HasTag("negation") || r.HasTag("denial")) && r.events.empty()) ++none;
  EXPECT_GE(none, 25u);
}

TEST_F(DyadGoldSet, ActorCodesAreOnesTheDefaultDictionariesProduce) {
  std::vector<DictionaryProblem> dict_problems;
  auto d =
      LoadDefaultDictionaries(std::string(DYAD_SOURCE_DIR) + "/data/dictionaries", &dict_problems);
  ASSERT_TRUE(d.ok());
  std::set<std::string> countries, igos, agents, groups;
  for (const Actor& a : d.value().actors())
    for (const DatedCode& c : a.codes) {
      if (c.code.starts_with("IGO"))
        igos.insert(c.code);
      else if (a.kind == ActorKind::kCountry)
        countries.insert(c.code);
      else if (a.kind == ActorKind::kGroup || a.kind == ActorKind::kPerson)
        groups.insert(c.code);  // PSEREBHMS (Hamas), AFGGOV (the Taliban from 2021)
    }
  for (const Agent& a : d.value().agents()) agents.insert(a.code);
  auto plausible = [&](const std::string& code) {
    if (code.starts_with("IGO")) return igos.count(code) > 0;
    if (groups.count(code)) return true;
    if (!countries.count(code.substr(0, 3))) return false;
    if (code.size() == 3) return true;
    return agents.count(code.substr(3)) > 0;  // CHN + GOV, RUS + MIL
  };
  for (const GoldRecord& r : *records_)
    for (const GoldEvent& e : r.events) {
      EXPECT_TRUE(plausible(e.source)) << r.id << " source " << e.source;
      EXPECT_TRUE(plausible(e.target)) << r.id << " target " << e.target;
      EXPECT_NE(e.source, e.target) << r.id;
    }
}

TEST_F(DyadGoldSet, EveryRecordIsTaggedAndDated) {
  for (const GoldRecord& r : *records_) {
    EXPECT_FALSE(r.tags.empty()) << r.id;
    EXPECT_GE(r.date, 20000101) << r.id;
    EXPECT_LE(r.date, 20261231) << r.id;
  }
}

}  // namespace
}  // namespace dyad::coding
