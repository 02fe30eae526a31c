// Internal to cli: the row layouts events are written in by `dyad events`
// and `dyad export events`: CSV (RFC 4180, dyad's own columns), GDELT 2.0's
// event table and the Phoenix pipeline's event files (tab-separated, no
// header), and JSON Lines. docs/formats.md maps every column.
#ifndef DYAD_CLI_EVENT_FORMATS_H_
#define DYAD_CLI_EVENT_FORMATS_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "dyad/store.h"

namespace dyad::cli {

enum class EventFormat { kGdelt, kPhoenix, kJsonl, kCsv };

// "gdelt", "phoenix", "jsonl", "csv"; false for anything else.
bool ParseEventFormat(std::string_view name, EventFormat* format);

// A CSV field, quoted when it holds a comma, quote or line break (RFC 4180).
std::string CsvField(std::string_view s);

// dyad's CSV columns for an event (the header line, and one row), without
// a line break.
extern const char* const kEventCsvHeader;
std::string EventCsvRow(const StoredEvent& e);

// The number of columns of GDELT 2.0's event table and of Phoenix's files.
inline constexpr int kGdeltColumns = 61;
inline constexpr int kPhoenixColumns = 26;

// The header line of `format` ("" for the formats without one), with its
// line break.
std::string ExportHeader(EventFormat format);

// One streamed event as a line of `format`, with its line break.
std::string ExportRow(EventFormat format, const StreamedEvent& event);

}  // namespace dyad::cli

#endif  // DYAD_CLI_EVENT_FORMATS_H_
