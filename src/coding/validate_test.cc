// The TABARI and PETRARCH validation suites, read in place from ../shared,
// coded with their own dictionaries; the pass rates reached are guarded here
// (minus a small margin). Also the validation readers on inline records.
#include <gtest/gtest.h>

#include <filesystem>

#include "dyad/coding.h"

namespace dyad {
namespace {

const std::string kPeers = std::string(DYAD_SHARED_DIR) + "/peers/";

TEST(ValidationReader, TabariRecordsAndExpectedEvents) {
  const char* text =
      "950101  DEMO-01\nArnor is about to restore ties with Gondor.\n"
      "/*\\n[Simple]\n\\n{ ARN / GON / 064 } */\n\n"
      "950102  OPT-01\nSomething.\n/* { OPTION: SET: X } */\n"
      "950103  NONE-01\nNothing here.\n/* {---} */\n";
  auto records = ReadTabariValidation(text);
  ASSERT_EQ(records.size(), 3u);
  EXPECT_EQ(records[0].id, "DEMO-01");
  EXPECT_EQ(records[0].date, 19950101);
  EXPECT_EQ(records[0].text, "Arnor is about to restore ties with Gondor.");
  EXPECT_EQ(records[0].expected, std::vector<std::string>{"ARN GON 064"});
  EXPECT_FALSE(records[0].control);
  EXPECT_TRUE(records[1].control);
  EXPECT_TRUE(records[2].expected.empty());
}

TEST(ValidationReader, PetrarchRecords) {
  const char* text =
      "<Sentences><!-- <Sentence id=\"OFF\"></Sentence> -->\n"
      "<Sentence date=\"19950101\" id=\"DEMO-00\" category=\"DEMO\">\n"
      "<EventCoding sourcecode=\"ARN\" targetcode=\"GON\" eventcode=\"064\"></EventCoding>\n"
      "<Text>\nArnor restored ties\nwith Gondor.\n</Text><Parse>(ROOT)</Parse></Sentence>";
  auto records = ReadPetrarchValidation(text);
  ASSERT_EQ(records.size(), 1u);
  EXPECT_EQ(records[0].id, "DEMO-00");
  EXPECT_EQ(records[0].text, "Arnor restored ties with Gondor.");
  EXPECT_EQ(records[0].expected, std::vector<std::string>{"ARN GON 064"});
}

TEST(TabariValidation, PassRate) {
  if (!std::filesystem::is_directory(kPeers + "tabari")) GTEST_SKIP() << "no ../shared";
  auto report = RunValidation(kPeers + "tabari/Validate.text");
  ASSERT_TRUE(report.ok()) << report.status().ToString();
  EXPECT_GE(report->scored, 400u);
  // Reached: 361 of 443 (81.5%) with TABARI's options records applied.
  EXPECT_GE(report->pass_rate(), 0.79) << report->passed << " of " << report->scored;
}

TEST(PetrarchValidation, PassRate) {
  if (!std::filesystem::is_directory(kPeers + "petrarch2")) GTEST_SKIP() << "no ../shared";
  auto report = RunValidation(kPeers + "petrarch2/PETR.UnitTest.records.xml");
  ASSERT_TRUE(report.ok()) << report.status().ToString();
  EXPECT_GE(report->scored, 250u);
  // Reached: 205 of 284 (72.2%).
  EXPECT_GE(report->pass_rate(), 0.70) << report->passed << " of " << report->scored;
}

}  // namespace
}  // namespace dyad
