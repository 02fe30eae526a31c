// The plain-text extractor against the seed articles in
// DYAD_SHARED_DIR/corpus/seeds (read in place; skipped only when the folder
// is absent). Checks the metadata each seed carries, that every kind of
// furniture in the seeds is gone, and that the article's own paragraphs,
// first to last, are all still there verbatim.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "dyad/extract.h"

namespace dyad {
namespace {

namespace fs = std::filesystem;

fs::path SeedsDir() {
  return fs::path(DYAD_SHARED_DIR) / "corpus" / "seeds";
}

// The seed whose file name starts with `prefix` ("003_").
std::string ReadSeed(const std::string& prefix) {
  for (const auto& e : fs::directory_iterator(SeedsDir())) {
    if (e.path().filename().string().rfind(prefix, 0) == 0) {
      std::ifstream in(e.path(), std::ios::binary);
      std::stringstream ss;
      ss << in.rdbuf();
      return ss.str();
    }
  }
  return "";
}

class SeedsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!fs::is_directory(SeedsDir())) GTEST_SKIP() << "no seeds at " << SeedsDir();
  }
  Article Extract(const std::string& prefix) {
    std::string raw = ReadSeed(prefix);
    EXPECT_FALSE(raw.empty()) << "seed " << prefix << " missing";
    raw_ = raw;
    Result<Article> a = ExtractPlainText(raw);
    EXPECT_TRUE(a.ok()) << a.status().ToString();
    return a.ok() ? std::move(a).value() : Article();
  }
  // Every paragraph's raw span is a verbatim copy of the input.
  void ExpectVerbatimParagraphs(const Article& a) {
    for (const Paragraph& p : a.paragraphs) {
      ASSERT_LE(p.raw.end, raw_.size());
      EXPECT_EQ(p.span.view(a.text), p.raw.view(raw_));
    }
  }
  std::string raw_;
};

void ExpectContains(const Article& a, const std::vector<std::string>& sentences) {
  for (const std::string& s : sentences) {
    EXPECT_NE(a.text.find(s), std::string::npos) << "missing: " << s;
  }
}

void ExpectAbsent(const Article& a, const std::vector<std::string>& lines) {
  for (const std::string& s : lines) {
    EXPECT_EQ(a.text.find(s), std::string::npos) << "still there: " << s;
  }
}

TEST_F(SeedsTest, NewsweekSelfReference) {
  Article a = Extract("000_");
  EXPECT_EQ(a.outlet, "Newsweek");
  EXPECT_EQ(a.outlet_source, FieldSource::kSelfReference);
  EXPECT_EQ(a.published, "");
  ExpectVerbatimParagraphs(a);
  EXPECT_EQ(a.paragraphs.size(), 12u);
  ExpectContains(a, {
                        "Discussing the threat posed by Beijing and Moscow in an interview with "
                        "the Financial Times published Tuesday",
                        "Smith said that both Beijing and Moscow are working to dismantle the West",
                        "Newsweek has contacted the Russian Foreign Ministry and Chinese Foreign "
                        "Ministry for comment.",
                        "Europe has been enduring an energy crisis since the Ukraine war began "
                        "because many states were reliant on Russian gas.",
                    });
  ASSERT_FALSE(a.paragraphs.empty());
  EXPECT_EQ(a.paragraphs.back().span.view(a.text).rfind("Also last month, NATO chief Jens", 0),
            0u);                                        // the last paragraph last
  EXPECT_EQ(a.text.find("Discussing the threat"), 0u);  // first paragraph first
}

TEST_F(SeedsTest, CommentFormIsDropped) {
  Article a = Extract("001_");
  ExpectVerbatimParagraphs(a);
  ExpectAbsent(a, {"Leave a Reply", "Your email address will not be published",
                   "Required fields are marked"});
  EXPECT_EQ(a.paragraphs.size(), 15u);
  EXPECT_EQ(a.text.find("Russia and China are \xE2\x80\x9Csharing a toolkit\xE2\x80\x9D"), 0u);
  ExpectContains(a, {"In September, Nato held its first devoted dialogue on Taiwan",
                     "defending ourselves from among the hybrid techniques that particularly "
                     "the Chinese language wish to depend on."});
  EXPECT_EQ(a.outlet, "");  // nothing in the text names the outlet
  EXPECT_GE(a.boilerplate_blocks, 2u);
}

TEST_F(SeedsTest, CnnDatelinePromoCreditAndUpdateNote) {
  Article a = Extract("002_");
  EXPECT_EQ(a.outlet, "CNN");
  ExpectVerbatimParagraphs(a);
  ExpectAbsent(
      a, {"Editor\xE2\x80\x99s note", "Sign up for CNN", "Sergey Bobirov/Pool/AFP/Getty Images",
          "This story has been updated with additional information.", "Hong Kong\n", "CNN\n"});
  EXPECT_EQ(a.text.find("NATO leaders said Wednesday that China is a \xE2\x80\x9C"
                        "decisive supporter"),
            0u);  // the dateline block is gone from the top
  ExpectContains(
      a, {"Close ties between China and Russia",  // a subheading stays
          "Both the United States and the EU have imposed sanctions on Chinese entities they say "
          "support the war.",
          "NATO must not become a disruptor to peace and stability in the Asia-Pacific region,"
          "\xE2\x80\x9D the statement said."});
  EXPECT_EQ(a.boilerplate_blocks, 3u);
}

TEST_F(SeedsTest, TitleAndDateLinesLanguageBarImageAndCaption) {
  Article a = Extract("003_");
  EXPECT_EQ(a.title, "China-NATO Relations Reach Breakdown");
  EXPECT_EQ(a.title_source, FieldSource::kHeaderLine);
  EXPECT_EQ(a.published, "2024-07-31");
  ExpectVerbatimParagraphs(a);
  ExpectAbsent(a, {"Language : English", "NATO.jpg", "Photo: AFP",
                   "A spokesperson for Beijing's mission", "You might also like", "Back to Top",
                   "China-NATO Relations Reach Breakdown", "Jul 31, 2024"});
  EXPECT_EQ(a.text.find("In their July 10 Washington Summit Declaration"), 0u);
  ExpectContains(a, {"The Washington conference further deepened NATO\xE2\x80\x99s ties",
                     "will invariably spur NATO concerns about China."});
  EXPECT_EQ(a.paragraphs.size(), 11u);
}

TEST_F(SeedsTest, DwHeaderLineFollowUsAndPrevNext) {
  Article a = Extract("004_");
  EXPECT_EQ(a.title, "NATO takes a stand against China over its support for Russia");
  EXPECT_EQ(a.outlet, "DW");
  EXPECT_EQ(a.outlet_source, FieldSource::kHeaderLine);
  EXPECT_EQ(a.published, "2024-07-10");  // 10/07/2024 read day-first
  EXPECT_EQ(a.published_evidence, "10/07/2024");
  ExpectVerbatimParagraphs(a);
  ExpectAbsent(a, {"\xE2\x80\x93 DW \xE2\x80\x93", "Image: Yves Herman/REUTERS",
                   "NATO leaders in Washington.", "Follow us on Google", "PREV ", "NEXT ",
                   "million-dollar invention"});
  EXPECT_EQ(a.text.find("At their summit in the US capital Washington"), 0u);
  ExpectContains(
      a, {"What do Indo-Pacific nations think?",  // subheadings stay
          "No liaison office in Japan", "US Secretary of State Antony Blinken told DW at a meeting",
          "they don\xE2\x80\x99t want foreign powers to come into the region and maybe "
          "make things worse,\xE2\x80\x9D Islam said."});
  EXPECT_EQ(a.paragraphs.size(), 26u);
}

TEST_F(SeedsTest, EverySeedExtractsWithValidSpans) {
  for (const auto& e : fs::directory_iterator(SeedsDir())) {
    if (e.path().extension() != ".txt") continue;
    std::ifstream in(e.path(), std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    RawDocument doc;
    doc.source = e.path().string();
    doc.body = ss.str();
    Result<Article> a = ExtractArticle(doc);
    ASSERT_TRUE(a.ok()) << doc.source;
    EXPECT_FALSE(a->title.empty()) << doc.source;
    EXPECT_LE(a->boilerplate_sample.size(), 8u);
    for (const Paragraph& p : a->paragraphs) {
      ASSERT_LE(p.span.end, a->text.size());
      EXPECT_GT(p.span.size(), 0u);
    }
  }
}

}  // namespace
}  // namespace dyad
