// Readers for TABARI's dictionary files (.actors, .agents, .verbs, .options,
// .project). PETRARCH's actor, agent and discard files descend from TABARI's
// actor format, so the same readers serve them with other settings.
#ifndef DYAD_CODING_TABARI_READER_H_
#define DYAD_CODING_TABARI_READER_H_

#include <optional>
#include <string_view>

#include "coding/dictionary_lines.h"

namespace dyad::coding {

// How a TABARI-style file is written.
struct TabariStyle {
  // TABARI: a word not followed by '_' is a stem (matches any word starting
  // with it). PETRARCH: every word is exact.
  bool stems = true;
  // TABARI comments start with ';'; PETRARCH's with '#'. Lines starting with
  // '#' are comments in both.
  char comment = ';';
  // PETRARCH agents: "!NAME! = A, B" substitutions and "{plurals}".
  bool petrarch_agents = false;
};

// Converts a TABARI phrase ("AL_GORE", "UNITED_NATIONS_", "GROUP OF 77") into
// tokens; see TabariStyle::stems. Returns an empty phrase if it holds no word.
Phrase TabariPhrase(std::string_view text, bool stems);

// Parses a TABARI date ("950601" = 1995-06-01, years 00-29 read as 20xx and
// 30-99 as 19xx; or "20041207"). Returns nullopt if malformed.
std::optional<int32_t> ParseTabariDate(std::string_view text);

// Parses a TABARI or PETRARCH pattern body ("SAID + MUST * POLICY",
// "* (TO BORDER) $"): words joined by '_' must be adjacent, words separated
// by spaces may have others between them; "{ A | B }" is a choice; brackets
// and braces without '|' (PETRARCH's phrase groupings) are ignored. Returns
// the reason if malformed.
std::optional<std::string> ParseTabariPattern(std::string_view body, bool stems,
                                              std::vector<PatternElement>* before,
                                              std::vector<PatternElement>* after);

// Adds the synset being read, if any, to ctx.dict (or reports that it has no
// member) and clears it: for readers that collect a synset over several lines.
void CommitSynset(std::optional<Synset>* synset, const ReaderContext& ctx);

// Reads a "- PATTERN [code]" line of the verb class `verb_class` (the form
// TABARI's .verbs and PETRARCH's CAMEO files share) and adds the pattern to
// ctx.dict, or reports at `number` why it cannot.
void AddTabariPatternLine(std::string_view line, uint32_t number, uint32_t verb_class, bool stems,
                          const ReaderContext& ctx);

// Strips XML comments ("<!-- ... -->", possibly over several lines) by
// replacing them with spaces, keeping line breaks so line numbers hold.
std::string BlankXmlComments(std::string_view text);

void ReadTabariActors(std::string_view text, ReaderContext& ctx, const TabariStyle& style);
void ReadTabariAgents(std::string_view text, ReaderContext& ctx, const TabariStyle& style);
void ReadTabariVerbs(std::string_view text, ReaderContext& ctx);
void ReadTabariOptions(std::string_view text, ReaderContext& ctx);

}  // namespace dyad::coding

#endif  // DYAD_CODING_TABARI_READER_H_
