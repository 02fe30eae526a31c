// The English function words provenance keeps in an article's skeleton:
// the words a synonym spinner leaves in place (articles, pronouns,
// prepositions, conjunctions, auxiliaries, negation, common adverbs and
// quantifiers). The list is authored for dyad.
#include <xxhash.h>

#include <array>
#include <string_view>

#include "dyad/provenance.h"
#include "provenance/hash_mix.h"

namespace dyad {
namespace {

constexpr std::array<std::string_view, 175> kFunctionWords = {
    "'s",      "a",       "about",   "above",    "after",      "again",    "against", "ago",
    "all",     "almost",  "along",   "already",  "also",       "although", "am",      "among",
    "an",      "and",     "another", "any",      "are",        "around",   "as",      "at",
    "be",      "because", "been",    "before",   "being",      "below",    "between", "both",
    "but",     "by",      "can",     "could",    "did",        "do",       "does",    "doing",
    "down",    "during",  "each",    "either",   "enough",     "even",     "ever",    "every",
    "few",     "for",     "from",    "further",  "had",        "has",      "have",    "having",
    "he",      "her",     "here",    "hers",     "herself",    "him",      "himself", "his",
    "how",     "however", "i",       "if",       "in",         "into",     "is",      "it",
    "its",     "itself",  "just",    "least",    "less",       "many",     "may",     "me",
    "might",   "more",    "most",    "much",     "must",       "my",       "neither", "never",
    "no",      "nor",     "not",     "now",      "of",         "off",      "often",   "on",
    "once",    "one",     "only",    "onto",     "or",         "other",    "others",  "our",
    "ours",    "out",     "over",    "own",      "per",        "perhaps",  "rather",  "same",
    "several", "shall",   "she",     "should",   "since",      "so",       "some",    "still",
    "such",    "than",    "that",    "the",      "their",      "theirs",   "them",    "themselves",
    "then",    "there",   "these",   "they",     "this",       "those",    "though",  "through",
    "thus",    "to",      "too",     "toward",   "towards",    "under",    "unless",  "until",
    "up",      "upon",    "us",      "very",     "via",        "was",      "we",      "were",
    "what",    "when",    "where",   "whether",  "which",      "while",    "who",     "whom",
    "whose",   "why",     "will",    "with",     "within",     "without",  "would",   "yet",
    "you",     "your",    "yours",   "yourself", "yourselves", "n't",      "'re",
};

// Open-addressing set of the words' XXH3 hashes: one probe or two per
// token, where a binary search over strings took a dozen comparisons.
class FunctionWordSet {
 public:
  FunctionWordSet() {
    for (std::string_view w : kFunctionWords) {
      const uint64_t h = XXH3_64bits(w.data(), w.size());
      size_t pos = h & kMask;
      while (slots_[pos] != 0) pos = (pos + 1) & kMask;
      slots_[pos] = h;
    }
  }
  bool Contains(uint64_t h) const {
    for (size_t pos = h & kMask;; pos = (pos + 1) & kMask) {
      if (slots_[pos] == h) return true;
      if (slots_[pos] == 0) return false;
    }
  }

 private:
  static constexpr size_t kMask = 1023;
  std::array<uint64_t, kMask + 1> slots_{};
};

const FunctionWordSet& Set() {
  static const FunctionWordSet set;
  return set;
}

}  // namespace

namespace provenance {
bool IsFunctionWordHash(uint64_t xxh3_of_lowercase_word) {
  return Set().Contains(xxh3_of_lowercase_word);
}
}  // namespace provenance

bool IsFunctionWord(std::string_view w) {
  return !w.empty() && Set().Contains(XXH3_64bits(w.data(), w.size()));
}

}  // namespace dyad
