// Tests for PhraseIndex::LongestMatch given the tokens' hashes (the coder
// hashes a sentence's tokens once for all its look-ups): it must find what it
// finds hashing them itself.
#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "dyad/dictionary.h"

namespace dyad {
namespace {

// Phrases under exact keys, prefix keys (short and long), and one key with
// enough phrases ("united", 14) to get a second level by the second token,
// some of whose second tokens are prefixes.
std::vector<Phrase> TestPhrases() {
  std::vector<std::string> texts = {"china",     "chinese foreign ministry", "foreign ministry",
                                    "the hague", "ministry of defence",      "of"};
  for (const char* w : {"states", "nations", "kingdom", "arab emirates", "front", "russia", "party",
                        "left", "workers", "airlines", "press", "way", "nations council"})
    texts.push_back(std::string("united ") + w);
  std::vector<Phrase> out;
  for (const std::string& t : texts) out.push_back(TokenizeDictionaryPhrase(t));
  auto prefixed = [&](std::string_view text, std::initializer_list<size_t> prefix_tokens) {
    Phrase p = TokenizeDictionaryPhrase(text);
    for (size_t i : prefix_tokens) p[i].prefix = true;
    out.push_back(std::move(p));
  };
  prefixed("argentin", {0});         // a long prefix key
  prefixed("a b", {0});              // a one-byte prefix key
  prefixed("united republic", {1});  // a prefix second token under "united"
  prefixed("minist of", {0});        // a prefix key of four bytes, then an exact word
  prefixed("united arab league", {2});
  return out;
}

TEST(PhraseIndexHashes, FindsWhatUnhashedLookUpFinds) {
  const std::vector<Phrase> phrases = TestPhrases();
  PhraseIndex index;
  for (uint32_t i = 0; i < phrases.size(); ++i) index.Add(&phrases[i], i);
  index.Finish();

  // Sentences drawn from the phrases' words and a few others.
  std::vector<std::string> vocabulary = {"the",       "a",         "b",          "said",
                                         "argentina", "argentine", "ministries", "republics",
                                         "republic",  "league"};
  for (const Phrase& p : phrases)
    for (const PhraseToken& t : p) vocabulary.push_back(t.text);
  std::mt19937 rng(20240510);
  std::uniform_int_distribution<size_t> pick(0, vocabulary.size() - 1);
  size_t found = 0;
  for (int sentence = 0; sentence < 300; ++sentence) {
    std::vector<std::string_view> tokens;
    for (int i = 0; i < 12; ++i) tokens.push_back(vocabulary[pick(rng)]);
    std::vector<uint64_t> hashes;
    for (std::string_view t : tokens) hashes.push_back(PhraseIndex::HashToken(t));
    for (size_t start = 0; start <= tokens.size(); ++start) {
      auto plain = index.LongestMatch(tokens, start);
      auto hashed = index.LongestMatch(tokens, hashes, start);
      ASSERT_EQ(plain.has_value(), hashed.has_value())
          << "sentence " << sentence << " at " << start;
      if (!plain) continue;
      ++found;
      EXPECT_EQ(plain->value, hashed->value);
      EXPECT_EQ(plain->length, hashed->length);
    }
  }
  EXPECT_GT(found, 500u);  // the comparison was about matches, not only misses
}

TEST(PhraseIndexHashes, FindsTheLongestThroughEveryKindOfKey) {
  const std::vector<Phrase> phrases = TestPhrases();
  PhraseIndex index;
  for (uint32_t i = 0; i < phrases.size(); ++i) index.Add(&phrases[i], i);
  index.Finish();
  auto longest = [&](std::vector<std::string_view> tokens) -> std::string {
    std::vector<uint64_t> hashes;
    for (std::string_view t : tokens) hashes.push_back(PhraseIndex::HashToken(t));
    auto m = index.LongestMatch(tokens, hashes, 0);
    return m ? PhraseToString(phrases[m->value]) + "/" + std::to_string(m->length) : "none";
  };
  EXPECT_EQ(longest({"united", "nations", "council", "met"}), "united nations council/3");
  EXPECT_EQ(longest({"united", "nations", "met"}), "united nations/2");
  EXPECT_EQ(longest({"united", "republics"}), "united republic~/2");
  EXPECT_EQ(longest({"united", "arab", "leagues"}), "united arab league~/3");
  EXPECT_EQ(longest({"united", "arab", "emirates"}), "united arab emirates/3");
  EXPECT_EQ(longest({"united", "colours"}), "none");
  EXPECT_EQ(longest({"argentina"}), "argentin~/1");
  EXPECT_EQ(longest({"ministries", "of"}), "minist~ of/2");
  EXPECT_EQ(longest({"ministry", "of", "defence"}), "ministry of defence/3");
  EXPECT_EQ(longest({"chinese", "foreign", "ministry"}), "chinese foreign ministry/3");
  EXPECT_EQ(longest({"chinese", "foreign", "office"}), "none");
}

}  // namespace
}  // namespace dyad
