// The English function words provenance keeps in an article's skeleton:
// the words a synonym spinner leaves in place (articles, pronouns,
// prepositions, conjunctions, auxiliaries, negation, common adverbs and
// quantifiers). The list is authored for dyad.
#include <algorithm>
#include <array>
#include <string_view>

#include "dyad/provenance.h"

namespace dyad {
namespace {

// Sorted once at first use.
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

}  // namespace

bool IsFunctionWord(std::string_view w) {
  static const auto sorted = [] {
    auto s = kFunctionWords;
    std::sort(s.begin(), s.end());
    return s;
  }();
  return std::binary_search(sorted.begin(), sorted.end(), w);
}

}  // namespace dyad
