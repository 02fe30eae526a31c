// Internal to provenance (evaluation): a synonym table read from WordNet's
// data files (Debian's wordnet-base, /usr/share/wordnet) and a spinner that
// swaps a chosen share of an article's content words for synonyms, the way
// content farms "spin" copied articles.
#ifndef DYAD_PROVENANCE_SYNONYM_SPINNER_H_
#define DYAD_PROVENANCE_SYNONYM_SPINNER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "dyad/status.h"

namespace dyad::provenance {

class SynonymTable {
 public:
  // Reads index.{noun,verb,adj,adv}, data.* and *.exc from `dir`. Each
  // lemma gets the one-word synonyms of its first `senses` senses.
  // Returns NotFound naming the file when one is missing.
  static Result<SynonymTable> LoadWordNet(const std::string& dir, int senses = 2);

  // Synonyms of a lowercase word form: of the word itself, or of its lemma
  // (irregular forms from the .exc files; -s, -es, -ies, -ed, -ing) with the
  // ending put back on. Empty when none.
  std::vector<std::string> Synonyms(std::string_view word) const;

  size_t lemmas() const { return synonyms_.size(); }

 private:
  std::unordered_map<std::string, std::vector<std::string>> synonyms_;
  std::unordered_map<std::string, std::string> irregular_;  // form -> lemma
};

struct SpinStats {
  uint32_t content_words = 0;  // lowercase words of 3+ letters, not function words
  uint32_t with_synonym = 0;   // of which WordNet had a synonym
  uint32_t replaced = 0;
};

// `text` with round(fraction * content words) of its content words (as many
// as have synonyms, when fewer) replaced by a synonym, chosen by `seed`.
// Capitalised words (names, sentence starts) are left alone, as spinners
// leave names; a replacement keeps the word's capitalisation.
std::string SpinText(std::string_view text, const SynonymTable& table, double fraction,
                     uint64_t seed, SpinStats* stats = nullptr);

}  // namespace dyad::provenance

#endif  // DYAD_PROVENANCE_SYNONYM_SPINNER_H_
