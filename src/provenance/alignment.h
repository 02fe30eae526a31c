// Internal to provenance: seed-and-extend alignment of two CopyTexts.
#ifndef DYAD_PROVENANCE_ALIGNMENT_H_
#define DYAD_PROVENANCE_ALIGNMENT_H_

#include <vector>

#include "dyad/provenance.h"

namespace dyad::provenance {

// Tuning of the alignment (not user options: they follow from the scoring).
struct AlignParams {
  uint32_t seed_tokens = 6;       // a seed: this many tokens with equal skeleton keys
  uint32_t seed_min_fixed = 2;    // of which at least this many non-wildcards
  uint32_t max_seed_repeats = 8;  // a seed key seen more often in `a` is ignored
  int match = 2;                  // identical word
  int substitution = 0;           // content word for content word
  int mismatch = -2;              // anything else
  int x_drop = 8;                 // stop extending this far below the best score
  uint32_t min_span_tokens = 6;   // shorter extensions are dropped
  uint32_t max_gap_tokens = 8;    // spans this close (both sides) merge into one passage
};

// Aligned passages of `a` and `b` (sorted by position in b), before any
// filtering by ProvenanceOptions: spans found by extending seeds along
// their diagonal, made disjoint (longest first), and neighbours merged,
// with the words changed inside.
std::vector<AlignedPassage> AlignTexts(const CopyText& a, const CopyText& b,
                                       const AlignParams& params = AlignParams());

}  // namespace dyad::provenance

#endif  // DYAD_PROVENANCE_ALIGNMENT_H_
