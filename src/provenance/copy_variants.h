// Internal to provenance (evaluation): the edits that turn an article into
// its copies, as re-publishers make them: boilerplate around it, a new
// dateline, sentences deleted or reordered, paragraphs lifted into another
// article. Deterministic for a given seed. Used by tools/eval_provenance.
#ifndef DYAD_PROVENANCE_COPY_VARIANTS_H_
#define DYAD_PROVENANCE_COPY_VARIANTS_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace dyad::provenance {

// Navigation, promotion and "related" lines (written for dyad) added before
// and after the text, different for each seed.
std::string AddBoilerplate(std::string_view text, uint64_t seed);

// A wire story as another outlet runs it: its dateline credit names
// `outlet`, boilerplate around it, and (for some seeds) its last paragraph
// cut, as papers trim wire copy.
std::string Syndicate(std::string_view text, std::string_view outlet, uint64_t seed);

// `text` with about `fraction` of its sentences deleted (at least one when
// it has two or more), paragraphs kept.
std::string DeleteSentences(std::string_view text, double fraction, uint64_t seed);

// `text` with sentences swapped inside paragraphs (each paragraph of two or
// more sentences, one swap), and, for some seeds, two paragraphs swapped.
std::string ReorderSentences(std::string_view text, uint64_t seed);

// `host` with `paragraphs` consecutive paragraphs of `source` inserted
// after one of its paragraphs. The copied paragraphs are chosen among those
// of at least 25 words when there are enough.
std::string PartialCopy(std::string_view source, std::string_view host, uint32_t paragraphs,
                        uint64_t seed);

// ISO date `date` (yyyy-mm-dd, maybe with a time) plus `days`, as
// yyyy-mm-dd; "" stays "".
std::string AddDays(std::string_view date, int days);

}  // namespace dyad::provenance

#endif  // DYAD_PROVENANCE_COPY_VARIANTS_H_
