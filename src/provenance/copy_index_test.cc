// Tests of FingerprintText, EstimateJaccard and CopyIndex: copies come back
// as candidates, unrelated articles do not, hot buckets stay bounded.
#include <gtest/gtest.h>

#include <string>

#include "dyad/provenance.h"
#include "provenance/synthetic_text.h"

namespace dyad {
namespace {

CopyFingerprint Fp(const std::string& text, const ProvenanceOptions& o = ProvenanceOptions()) {
  return FingerprintText(CopyText(text), o);
}

// `text` with its sentence number `k` (counting from 0) removed.
std::string DropSentence(std::string text, size_t k) {
  size_t begin = 0;
  for (size_t i = 0; i < k; ++i) begin = text.find(". ", begin) + 2;
  size_t end = text.find(". ", begin);
  return text.erase(begin, end + 2 - begin);
}

TEST(FingerprintTest, SketchSizesAndEmptyText) {
  ProvenanceOptions o;
  CopyFingerprint fp = Fp(provenance::SyntheticArticle(1, 6));
  EXPECT_EQ(fp.word_sketch.size(), o.word_bands * o.word_rows);
  EXPECT_EQ(fp.skeleton_sketch.size(), o.skeleton_bands * o.skeleton_rows);
  EXPECT_FALSE(fp.anchors.empty());
  EXPECT_LE(fp.anchors.size(), o.max_anchors);
  CopyFingerprint empty = Fp("");
  EXPECT_EQ(empty.content_hash, 0u);
  EXPECT_TRUE(empty.word_sketch.empty());
  CopyFingerprint one = Fp("Advertisement");
  EXPECT_EQ(one.word_sketch.size(), o.word_bands * o.word_rows);
  EXPECT_EQ(one.words, 1u);
}

TEST(FingerprintTest, JaccardEstimateTracksSimilarity) {
  const std::string a = provenance::SyntheticArticle(7, 10);
  const std::string b = DropSentence(a, 3);
  const std::string c = provenance::SyntheticArticle(8, 10);
  const CopyFingerprint fa = Fp(a), fb = Fp(b), fc = Fp(c);
  EXPECT_GT(EstimateJaccard(fa.word_sketch, fb.word_sketch), 0.7);
  EXPECT_LT(EstimateJaccard(fa.word_sketch, fc.word_sketch), 0.1);
  EXPECT_DOUBLE_EQ(EstimateJaccard(fa.word_sketch, fa.word_sketch), 1.0);
  EXPECT_EQ(EstimateJaccard(fa.word_sketch, {}), 0.0);
}

TEST(CopyIndexTest, FindsCopiesNotStrangers) {
  CopyIndex index;
  size_t strangers = 0;  // candidates among unrelated articles (chance)
  for (uint32_t id = 0; id < 200; ++id)
    strangers += index.Add(id, Fp(provenance::SyntheticArticle(id, 8))).size();
  EXPECT_LE(strangers, 2u);
  const std::string original = provenance::SyntheticArticle(42, 8);
  auto exact = index.Add(1000, Fp(original));
  ASSERT_FALSE(exact.empty());
  EXPECT_EQ(exact[0].id, 42u);
  EXPECT_TRUE(exact[0].same_content);
  auto near = index.Query(Fp(DropSentence(original, 2)));
  ASSERT_FALSE(near.empty());
  EXPECT_EQ(near[0].id, 42u);  // 1000 is the same article, tied on bands; lower id first
  EXPECT_FALSE(near[0].same_content);
  EXPECT_GT(near[0].word_bands, 4);
  EXPECT_EQ(index.size(), 201u);
  EXPECT_GT(index.MemoryBytes(), 0u);
}

TEST(CopyIndexTest, HotBucketIsCapped) {
  ProvenanceOptions o;
  o.max_bucket = 10;
  CopyIndex index(o);
  const CopyFingerprint same = Fp("Sign up for our newsletter.", o);
  size_t most = 0;
  for (uint32_t id = 0; id < 3000; ++id) most = std::max(most, index.Add(id, same).size());
  EXPECT_EQ(most, 10u);
  EXPECT_GT(index.capped_entries(), 0u);
  EXPECT_EQ(index.Query(same).size(), 10u);
  EXPECT_EQ(index.Query(same)[0].id, 0u);  // the first ones are kept
}

TEST(CopyIndexTest, EmptyArticlesMatchNothing) {
  CopyIndex index;
  EXPECT_TRUE(index.Add(0, Fp("")).empty());
  EXPECT_TRUE(index.Add(1, Fp("")).empty());
  EXPECT_TRUE(index.Query(Fp("")).empty());
}

}  // namespace
}  // namespace dyad
