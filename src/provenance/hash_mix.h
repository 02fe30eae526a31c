// Internal to provenance: the small integer hash mixers the sketches and the
// index use (64-bit finaliser from MurmurHash3, a rotate for rolling
// hashes), and the function-word test on a word's hash.
#ifndef DYAD_PROVENANCE_HASH_MIX_H_
#define DYAD_PROVENANCE_HASH_MIX_H_

#include <cstdint>

namespace dyad::provenance {

inline uint64_t Mix64(uint64_t h) {
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ULL;
  h ^= h >> 33;
  return h;
}

inline uint64_t Rotl64(uint64_t x, unsigned r) {
  r &= 63;
  return r == 0 ? x : (x << r) | (x >> (64 - r));
}

// A 32-bit key that is never 0 or 1 (0 marks an empty slot or bin, 1 is
// CopyToken::kContentWord).
inline uint32_t Key32(uint64_t h) {
  uint32_t k = static_cast<uint32_t>(h >> 32);
  return k < 2 ? k + 2 : k;
}

// Returns true iff the XXH3 hash of a lowercase word is the hash of one of
// IsFunctionWord's words (function_words.cc).
bool IsFunctionWordHash(uint64_t xxh3_of_lowercase_word);

}  // namespace dyad::provenance

#endif  // DYAD_PROVENANCE_HASH_MIX_H_
