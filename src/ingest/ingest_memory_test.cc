// Streaming: reading a 50 MB JSON Lines file (gzipped) must not make the
// process grow by anything like the file's size. Measured with the peak
// resident set size, which would jump by at least 50 MB if the reader
// loaded the file (or its decompressed text) whole.
#include <gtest/gtest.h>
#include <sys/resource.h>
#include <zlib.h>

#include <string>

#include "dyad/ingest.h"
#include "ingest/ingest_test_util.h"

namespace dyad {
namespace {

class Counter : public DocumentVisitor {
 public:
  void OnDocument(RawDocument doc) override {
    ++documents;
    bytes += doc.body.size();
  }
  void OnProblem(const InputProblem& problem) override { ++problems; }
  uint64_t documents = 0, bytes = 0, problems = 0;
};

long PeakRssKilobytes() {
  struct rusage usage;
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

TEST(IngestMemoryTest, FiftyMegabyteJsonLinesGzIsStreamed) {
  ingest::testing::TempDir dir;
  const std::string path = dir.Path("big.jsonl.gz");
  const uint64_t kTargetBytes = 50ull << 20;
  uint64_t written = 0, lines = 0, body_bytes = 0;
  {
    gzFile out = gzopen(path.c_str(), "wb1");
    ASSERT_NE(out, nullptr);
    std::string paragraph;
    for (int i = 0; i < 12; ++i) paragraph += "Officials met on Tuesday to discuss the talks. ";
    while (written < kTargetBytes) {
      std::string body = "Story " + std::to_string(lines) + ". " + paragraph;
      std::string line = "{\"id\":\"" + std::to_string(lines) + "\",\"text\":\"" + body + "\"}\n";
      ASSERT_EQ(gzwrite(out, line.data(), static_cast<unsigned>(line.size())),
                static_cast<int>(line.size()));
      written += line.size();
      body_bytes += body.size();
      ++lines;
    }
    ASSERT_EQ(gzclose(out), Z_OK);
  }
  const long before = PeakRssKilobytes();
  Counter counter;
  ASSERT_TRUE(ReadPaths({path}, ReaderOptions(), counter).ok());
  const long growth_kb = PeakRssKilobytes() - before;
  EXPECT_EQ(counter.documents, lines);
  EXPECT_EQ(counter.bytes, body_bytes);
  EXPECT_EQ(counter.problems, 0u);
  EXPECT_LT(growth_kb, 16 * 1024) << "peak RSS grew by " << growth_kb << " KB reading "
                                  << written / (1 << 20) << " MB";
}

}  // namespace
}  // namespace dyad
