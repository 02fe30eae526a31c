// The verb-pattern prefilter: on its own (what it lists and in which order),
// and as the coder uses it: thousands of sentences (TABARI and PETRARCH
// validation records, dyad's gold set, the seed reports, the example corpus)
// coded with several dictionary sets, once with the prefilter and once trying
// every pattern, must give identical events.
#include "coding/pattern_index.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "coding/gold_set.h"
#include "dyad/coding.h"
#include "dyad/extract.h"
#include "dyad/ingest.h"

namespace dyad::coding {
namespace {

namespace fs = std::filesystem;
const std::string kShared = DYAD_SHARED_DIR;
const std::string kSource = DYAD_SOURCE_DIR;

Dictionary Inline(const char* text) {
  Dictionary dict;
  std::vector<DictionaryProblem> problems;
  EXPECT_TRUE(
      ReadDictionaryText(text, "inline.txt", DictionaryFormat::kDyad, &dict, &problems).ok());
  for (const auto& p : problems) ADD_FAILURE() << p.ToString();
  dict.BuildIndexes();
  return dict;
}

std::vector<std::string_view> Words(const std::string& text, std::vector<std::string>* store) {
  store->clear();
  std::istringstream in(text);
  for (std::string w; in >> w;) store->push_back(w);
  return std::vector<std::string_view>(store->begin(), store->end());
}

// Pattern indexes the prefilter lists for `verb`'s class in `sentence`
// (space-separated, already normalised tokens).
std::vector<uint32_t> Listed(const Dictionary& dict, std::string_view lemma,
                             const std::string& sentence) {
  std::vector<std::string> store;
  std::vector<std::string_view> tokens = Words(sentence, &store);
  auto cls = dict.FindVerbClass(lemma);
  EXPECT_TRUE(cls.has_value()) << lemma;
  std::vector<uint32_t> out;
  if (cls) CandidatePatterns(dict, dict.pattern_index(), *cls, tokens, &out);
  return out;
}

constexpr char kSmall[] = R"(# dyad dictionary
country CHN  China
country RUS  Russia
synset &weapon  weapons | arms | &more
synset &more  attack drones
verb 070  supply
pattern 072 supply : * &weapon .. to +
pattern 073 supply : * aid to +
pattern 074 supply : $ * +
pattern 075 supply : * (fuel | food) .. to +
pattern 071 supply : * aid .. to +
)";

TEST(PatternIndex, ListsOnlyPatternsWhoseWordsOccurInFileOrder) {
  Dictionary dict = Inline(kSmall);
  ASSERT_EQ(dict.patterns().size(), 5u);
  ASSERT_NE(dict.pattern_index(), nullptr);
  // No pattern word at all: only "$ * +".
  EXPECT_EQ(Listed(dict, "supply", "china supply russia"), (std::vector<uint32_t>{2}));
  // "aid" and "to": both aid patterns and the free one, in file order.
  EXPECT_EQ(Listed(dict, "supply", "china supply aid to russia"), (std::vector<uint32_t>{1, 2, 4}));
  // "aid" without "to": a pattern needs every word of its own.
  EXPECT_EQ(Listed(dict, "supply", "china supply aid russia"), (std::vector<uint32_t>{2}));
  // A synset member (also through a nested synset) and an alternative.
  EXPECT_EQ(Listed(dict, "supply", "china supply arms to russia"), (std::vector<uint32_t>{0, 2}));
  EXPECT_EQ(Listed(dict, "supply", "china supply attack drones to russia"),
            (std::vector<uint32_t>{0, 2}));
  EXPECT_EQ(Listed(dict, "supply", "china supply food to russia"), (std::vector<uint32_t>{2, 3}));
  // The same words in a new sentence of equal length are not taken from the cache.
  EXPECT_EQ(Listed(dict, "supply", "china supply fuel to russia"), (std::vector<uint32_t>{2, 3}));
}

TEST(PatternIndex, DisabledListsEveryPattern) {
  Dictionary dict = Inline(kSmall);
  dict.set_use_pattern_index(false);
  EXPECT_EQ(dict.pattern_index(), nullptr);
  EXPECT_EQ(Listed(dict, "supply", "china supply russia"), (std::vector<uint32_t>{0, 1, 2, 3, 4}));
}

TEST(PatternIndex, SynsetNamesResolveAsTheDictionaryDoes) {
  Dictionary dict = Inline(kSmall);
  const PatternIndex* index = dict.pattern_index();
  ASSERT_NE(index, nullptr);
  for (std::string_view name : {"&weapon", "&more", "&WEAPON", "&none"})
    EXPECT_EQ(index->FindSynset(name), dict.FindSynset(name)) << name;
}

// ---- Indexed and brute-force coding agree ------------------------------------

std::string ReadWhole(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

struct Text {
  std::string text;
  int32_t date;
};

// Every sentence of every source the test can reach.
const std::vector<Text>& Sentences() {
  static const std::vector<Text> all = [] {
    std::vector<Text> out;
    const std::string tabari = kShared + "/peers/tabari/";
    const std::string petrarch = kShared + "/peers/petrarch2/";
    for (const char* f : {"Validate.text", "TABARI.Demo.text"})
      for (ValidationRecord& r : ReadTabariValidation(ReadWhole(tabari + f)))
        out.push_back({std::move(r.text), r.date});
    for (const char* f : {"PETR.UnitTest.records.xml", "GigaWord.sample.PETR.xml"})
      for (ValidationRecord& r : ReadPetrarchValidation(ReadWhole(petrarch + f)))
        out.push_back({std::move(r.text), r.date});
    std::vector<GoldProblem> problems;
    auto gold = LoadGoldSetFile(kSource + "/data/gold/events.tsv", &problems);
    if (gold.ok())
      for (GoldRecord& r : *gold) out.push_back({std::move(r.sentence), r.date});
    struct Collect : DocumentVisitor {
      std::vector<RawDocument> docs;
      void OnDocument(RawDocument d) override { docs.push_back(std::move(d)); }
      void OnProblem(const InputProblem&) override {}
    } c;
    ReadPaths({kSource + "/examples/corpus", kShared + "/corpus/seeds"}, ReaderOptions(), c);
    for (const RawDocument& d : c.docs) {
      auto article = ExtractArticle(d);
      if (!article.ok()) continue;
      for (const Sentence& s : SplitSentences(article->text))
        out.push_back({std::string(s.view(article->text)), 20240510});
    }
    return out;
  }();
  return all;
}

std::string Describe(const Event& e) {
  std::ostringstream o;
  o << EventTriple(e) << " d" << e.date << " s" << e.source.span.begin << "-" << e.source.span.end
    << " t" << e.target.span.begin << "-" << e.target.span.end << " v" << e.verb.begin << "-"
    << e.verb.end << " vo" << e.verb_origin.file << ":" << e.verb_origin.line << " p"
    << e.from_pattern << " po" << e.pattern_origin.file << ":" << e.pattern_origin.line << " f"
    << e.paired << e.negated << e.intent << " a" << e.asserted_code << " n" << e.source.name << "/"
    << e.target.name;
  return o.str();
}

struct Agreement {
  size_t sentences = 0, events = 0, from_pattern = 0, differing = 0;
};

// Codes every sentence with and without the prefilter; reports differences.
Agreement Compare(Dictionary* dict, const CoderOptions& options) {
  Agreement a;
  Coder coder(dict, options);
  for (const Text& t : Sentences()) {
    dict->set_use_pattern_index(true);
    std::vector<Event> indexed = coder.CodeText(t.text, t.date);
    dict->set_use_pattern_index(false);
    std::vector<Event> brute = coder.CodeText(t.text, t.date);
    ++a.sentences;
    std::vector<std::string> x, y;
    for (const Event& e : indexed) x.push_back(Describe(e));
    for (const Event& e : brute) y.push_back(Describe(e));
    a.events += y.size();
    for (const Event& e : brute) a.from_pattern += e.from_pattern;
    if (x != y && ++a.differing <= 5)
      ADD_FAILURE() << "prefilter changes the events of: " << t.text
                    << "\n  indexed: " << ::testing::PrintToString(x)
                    << "\n  every pattern: " << ::testing::PrintToString(y);
  }
  dict->set_use_pattern_index(true);
  return a;
}

Dictionary Load(const std::vector<std::string>& files) {
  Dictionary dict;
  std::vector<DictionaryProblem> problems;
  for (const std::string& f : files)
    EXPECT_TRUE(LoadDictionaryFile(f, DictionaryFormat::kUnknown, &dict, &problems).ok()) << f;
  dict.BuildIndexes();
  return dict;
}

CoderOptions Kept() {
  CoderOptions o;
  o.keep_negated = true;
  return o;
}
CoderOptions TabariLike() {
  CoderOptions o;
  o.one_event_per_clause = true;
  o.detect_modality = false;
  o.agent_country_from_context = false;
  o.allow_missing_target = false;
  return o;
}

class PrefilterAgreement : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!fs::is_directory(kShared + "/peers")) GTEST_SKIP() << "no ../shared";
    ASSERT_GT(Sentences().size(), 1500u);
  }
  void Check(std::vector<std::string> files, size_t min_pattern_events) {
    Dictionary dict = Load(files);
    ASSERT_GT(dict.patterns().size(), 0u);
    for (const CoderOptions& o : {Kept(), TabariLike()}) {
      Agreement a = Compare(&dict, o);
      EXPECT_EQ(a.differing, 0u) << "of " << a.sentences << " sentences";
      // Not vacuous: the sentences do code, many through patterns.
      EXPECT_GE(a.from_pattern, min_pattern_events) << a.events << " events";
    }
  }
};

TEST_F(PrefilterAgreement, PetrarchFullDictionaries) {
  const std::string p = kShared + "/peers/petrarch2/";
  Check({p + "CAMEO.2.0.txt", p + "Phoenix.Countries.actors.txt",
         p + "Phoenix.International.actors.txt", p + "Phoenix.MilNonState.actors.txt",
         p + "Phoenix.agents.txt", p + "Phoenix.discards.txt"},
        200);
}

TEST_F(PrefilterAgreement, PetrarchValidationDictionaries) {
  const std::string p = kShared + "/peers/petrarch2/";
  Check({p + "PETR.Validate.actors.txt", p + "PETR.Validate.agents.txt",
         p + "PETR.Validate.verbs.txt", p + "PETR.Validate.discards.txt"},
        100);
}

TEST_F(PrefilterAgreement, TabariValidationDictionaries) {
  const std::string t = kShared + "/peers/tabari/";
  Check({t + "TABARI.Demo.actors", t + "TABARI.Demo.verbs", t + "Validate.agents",
         t + "Validate.options"},
        100);
}

TEST_F(PrefilterAgreement, TabariCameoMasterVerbs) {
  // Stems (prefix words) and TABARI's synsets in thousands of patterns.
  const std::string t = kShared + "/peers/tabari/";
  const std::string p = kShared + "/peers/petrarch2/";
  Check({t + "CAMEO.091003.master.verbs", t + "TABARI.Demo.actors", t + "Validate.agents",
         p + "Phoenix.Countries.actors.txt"},
        500);
}

TEST_F(PrefilterAgreement, DyadDefaultDictionaries) {
  std::vector<std::string> files;
  for (const auto& e : fs::directory_iterator(kSource + "/data/dictionaries"))
    if (e.path().extension() == ".txt") files.push_back(e.path().string());
  std::sort(files.begin(), files.end());
  Check(files, 200);
}

}  // namespace
}  // namespace dyad::coding
