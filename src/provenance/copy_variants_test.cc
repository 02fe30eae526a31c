// Tests of the evaluation's copy edits (copy_variants.h) and of the synonym
// spinner on a tiny WordNet written here.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "dyad/provenance.h"
#include "provenance/copy_variants.h"
#include "provenance/synonym_spinner.h"
#include "provenance/synthetic_text.h"

namespace dyad::provenance {
namespace {

namespace fs = std::filesystem;

TEST(CopyVariantsTest, Dates) {
  EXPECT_EQ(AddDays("2024-07-10", 1), "2024-07-11");
  EXPECT_EQ(AddDays("2024-02-28T10:00:00Z", 2), "2024-03-01");
  EXPECT_EQ(AddDays("2024-12-31", 1), "2025-01-01");
  EXPECT_EQ(AddDays("", 3), "");
}

TEST(CopyVariantsTest, EditsKeepTheTextRecognisable) {
  const std::string text = SyntheticArticle(3, 6);
  const std::string deleted = DeleteSentences(text, 0.2, 1);
  EXPECT_LT(deleted.size(), text.size());
  const std::string reordered = ReorderSentences(text, 2);
  EXPECT_EQ(reordered.size(), text.size());  // the same sentences, another order
  EXPECT_NE(reordered, text);
  const std::string wrapped = AddBoilerplate(text, 3);
  EXPECT_NE(wrapped.find(text), std::string::npos);
  const std::string wire = "PARIS (Wire) — The talks resumed.\n\nA second paragraph.";
  EXPECT_EQ(Syndicate(wire, "Daily", 4).find("Wire"), std::string::npos);
  EXPECT_NE(Syndicate(wire, "Daily", 4).find("PARIS (Daily) —"), std::string::npos);
  const std::string host = SyntheticArticle(4, 4);
  const std::string partial = PartialCopy(text, host, 2, 5);
  EXPECT_GT(partial.size(), host.size());
  CopyText a(text), b(partial);
  const CopyLink link = CompareArticles({&a, "", {}}, {&b, "", {}}, ProvenanceOptions());
  EXPECT_EQ(link.kind, CopyKind::kPartial);
}

TEST(SynonymSpinnerTest, SpinsContentWordsFromWordNetFiles) {
  const fs::path dir = fs::temp_directory_path() / "dyad_wordnet_test";
  fs::create_directories(dir);
  const std::string data = "00000000 06 n 02 car 0 automobile 0 000 | a vehicle\n";
  std::ofstream(dir / "data.noun") << data;
  std::ofstream(dir / "index.noun") << "  1 licence header\ncar n 1 1 @ 1 0 00000000  \n"
                                    << "automobile n 1 1 @ 1 0 00000000  \n";
  for (const char* pos : {"verb", "adj", "adv"}) {
    std::ofstream(dir / (std::string("data.") + pos)) << "";
    std::ofstream(dir / (std::string("index.") + pos)) << "";
  }
  for (const char* pos : {"noun", "verb", "adj", "adv"})
    std::ofstream(dir / (std::string(pos) + ".exc")) << "";
  auto table = SynonymTable::LoadWordNet(dir.string());
  ASSERT_TRUE(table.ok()) << table.status().ToString();
  EXPECT_EQ(table->Synonyms("car"), std::vector<std::string>{"automobile"});
  EXPECT_EQ(table->Synonyms("cars"), std::vector<std::string>{"automobiles"});
  EXPECT_TRUE(table->Synonyms("the").empty());
  SpinStats stats;
  const std::string spun =
      SpinText("The car hit another car near Car Street.", *table, 1.0, 7, &stats);
  EXPECT_EQ(spun, "The automobile hit another automobile near Car Street.");
  EXPECT_EQ(stats.replaced, 2u);
  EXPECT_EQ(SpinText("The car.", *table, 0.0, 7), "The car.");
  fs::remove_all(dir);
  EXPECT_FALSE(SynonymTable::LoadWordNet(dir.string()).ok());
}

}  // namespace
}  // namespace dyad::provenance
