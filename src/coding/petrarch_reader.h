// Readers for PETRARCH2's dictionary files: the CAMEO verb dictionary
// (CAMEO.2.0.txt: synonym sets, "--- NAME [code] ---" verb blocks, patterns,
// transformations), and discards. Actor and agent files share TABARI's
// format and are read by tabari_reader with PETRARCH's settings.
#ifndef DYAD_CODING_PETRARCH_READER_H_
#define DYAD_CODING_PETRARCH_READER_H_

#include <string_view>

#include "coding/dictionary_lines.h"

namespace dyad::coding {

void ReadPetrarchVerbs(std::string_view text, ReaderContext& ctx);
void ReadPetrarchActors(std::string_view text, ReaderContext& ctx);
void ReadPetrarchAgents(std::string_view text, ReaderContext& ctx);
void ReadPetrarchDiscards(std::string_view text, ReaderContext& ctx);

}  // namespace dyad::coding

#endif  // DYAD_CODING_PETRARCH_READER_H_
