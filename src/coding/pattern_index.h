// Internal to coding: the verb-pattern prefilter. A pattern matches only if
// each of its word elements matches some token of the sentence: a literal
// word itself; a synonym set or a list of alternatives one of the words its
// phrases can start with (a synset member starting with another synset
// contributes that synset's first words). So a pattern with such an element
// none of whose words occurs in the sentence can be skipped without changing
// what MatchBestPattern finds. Each element is a "requirement": a set of
// vocabulary words any of which must occur. The index files each pattern of
// a verb class under the words of one requirement (its "anchor", the one its
// words' use among the dictionary's patterns makes rarest); per sentence it
// marks which vocabulary words occur, and per verb it lists, in the class's
// file order, the patterns whose anchor occurs and whose every requirement is
// met, plus the patterns with no requirement (only '$', '+', '^', ...).
// It also resolves synonym-set names once, so matching does not look them up
// by normalised name at every position.
#ifndef DYAD_CODING_PATTERN_INDEX_H_
#define DYAD_CODING_PATTERN_INDEX_H_

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "dyad/dictionary.h"

namespace dyad::coding {

// The literal words of a sentence that some pattern requires, as ids of the
// index's vocabulary: a bitset plus the list of set ids.
struct SentenceWords {
  std::vector<uint64_t> bits;
  std::vector<uint32_t> present;  // each set id once, in the order found
  bool Has(uint32_t id) const { return (bits[id >> 6] >> (id & 63)) & 1; }
};

class PatternIndex {
 public:
  // Builds the index of every pattern of `dict` (its patterns and classes
  // must not change while the index is in use).
  explicit PatternIndex(const Dictionary& dict);
  PatternIndex(const PatternIndex&) = delete;  // exact_index_ points into exact_phrases_
  PatternIndex& operator=(const PatternIndex&) = delete;

  // Marks in `words` the vocabulary words matched by some of `tokens`
  // (normalised sentence tokens). `hashes`, if not empty, holds
  // PhraseIndex::HashToken of each token (else they are computed here).
  void FindWords(std::span<const std::string_view> tokens, SentenceWords* words,
                 std::span<const uint64_t> hashes = {}) const;

  // Appends to `out` the positions in VerbClass::patterns of class
  // `verb_class` that can match in a sentence with `words`, ascending.
  // Every pattern that is left out has a literal word absent from `words`.
  void Candidates(uint32_t verb_class, const SentenceWords& words,
                  std::vector<uint32_t>* out) const;

  // The synset `name` (a pattern element's or a synset member's "&name")
  // names: the same as Dictionary::FindSynset(name), without normalising.
  const Synset* FindSynset(std::string_view name) const;

  // A number unique to this index in the process (caches key on it).
  uint64_t generation() const { return generation_; }
  size_t vocabulary_size() const { return vocabulary_size_; }

 private:
  static constexpr uint32_t kNoAnchor = UINT32_MAX;
  struct KeyHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const;
  };
  using WordMap = std::unordered_map<std::string, uint32_t, KeyHash, std::equal_to<>>;
  struct Anchored {
    uint32_t word;                    // a word id of some pattern's anchor
    std::vector<uint32_t> positions;  // ascending positions in the class
  };
  struct Class {
    std::vector<uint32_t> free;      // positions of patterns with no requirement
    std::vector<Anchored> anchored;  // sorted by word
  };
  uint32_t WordId(const PhraseToken& word);
  // Adds to `out` the ids of the words `phrase` can start with. Returns
  // false if it may start with any token (then `out` is meaningless).
  bool FirstWords(const Phrase& phrase, int depth, std::vector<uint32_t>* out);
  bool SynsetFirstWords(std::string_view name, int depth, std::vector<uint32_t>* out);
  // The requirement of element `e`, as word ids; false if it has none.
  bool Requirement(const PatternElement& e, std::vector<uint32_t>* out);
  bool Satisfied(uint32_t pattern, const SentenceWords& words) const;

  const Dictionary* dict_;
  WordMap exact_;
  // exact_ as one-word phrases in a PhraseIndex (values: word ids), so a
  // sentence's token hashes serve here too.
  std::vector<Phrase> exact_phrases_;
  PhraseIndex exact_index_;
  // Prefix words by their first byte: (text, id).
  std::vector<std::pair<std::string, uint32_t>> prefix_by_byte_[256];
  size_t vocabulary_size_ = 0;
  // Per pattern (index into Dictionary::patterns()): requirements
  // [requirement_begin_[p], requirement_begin_[p + 1]), each requirement r a
  // run of word ids [word_begin_[r], word_begin_[r + 1]).
  std::vector<uint32_t> requirement_begin_;
  std::vector<uint32_t> word_begin_;
  std::vector<uint32_t> words_;
  std::vector<uint32_t> class_patterns_;  // flattened VerbClass::patterns
  std::vector<uint32_t> class_begin_;     // per class, into class_patterns_
  std::vector<Class> classes_;
  std::unordered_map<std::string, const Synset*, KeyHash, std::equal_to<>> synsets_;
  uint64_t generation_ = 0;
};

// The candidate patterns of `verb_class` for the sentence `tokens`: indexes
// into Dictionary::patterns(), in the class's order. `index` may be null
// (every pattern of the class is listed). The words of the last sentence
// seen are cached per thread, so calling this for each verb of a sentence
// finds the sentence's words once. `sentence_id`, if not 0, names the
// tokens (Scratch::id): the cache then compares it instead of the tokens.
// `hashes`: as for FindWords.
void CandidatePatterns(const Dictionary& dict, const PatternIndex* index, uint32_t verb_class,
                       std::span<const std::string_view> tokens, std::vector<uint32_t>* out,
                       uint64_t sentence_id = 0, std::span<const uint64_t> hashes = {});

}  // namespace dyad::coding

#endif  // DYAD_CODING_PATTERN_INDEX_H_
