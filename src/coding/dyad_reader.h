// Reader for dyad's own dictionary format (docs/dictionaries.md): one entry
// per line, '#' comments, phrases separated by '|'.
#ifndef DYAD_CODING_DYAD_READER_H_
#define DYAD_CODING_DYAD_READER_H_

#include <string_view>

#include "coding/dictionary_lines.h"

namespace dyad::coding {

// Reads every line of `text`; malformed lines are reported through `ctx` and
// skipped.
void ReadDyadDictionary(std::string_view text, ReaderContext& ctx);

// Parses the element list of a `pattern` line ("$ .. * tribute to +"). On
// success fills `before`/`after`; otherwise returns the reason.
std::optional<std::string> ParseDyadPattern(std::string_view text,
                                            std::vector<PatternElement>* before,
                                            std::vector<PatternElement>* after);

}  // namespace dyad::coding

#endif  // DYAD_CODING_DYAD_READER_H_
