// Event row layouts (see event_formats.h). The tab-separated layouts have
// no escaping convention, so a tab or line break inside a field (a name
// read from an article) becomes a space: a row is always one line of
// exactly its columns.
#include "cli/event_formats.h"

#include <cstdio>

#include "cli/json_output.h"

namespace dyad::cli {
namespace {

// A field of a tab-separated layout: tabs and line breaks become spaces.
std::string TabField(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  }
  return out;
}

std::string Join(const std::string* fields, size_t n, char sep, bool csv) {
  std::string row;
  for (size_t i = 0; i < n; ++i) {
    if (i > 0) row += sep;
    row += csv ? CsvField(fields[i]) : TabField(fields[i]);
  }
  return row;
}

std::string OneDecimal(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", v);
  return buf;
}

// GDELT's FractionDate: the year plus the part of it gone by, 4 decimals.
std::string FractionDate(int32_t date) {
  if (date <= 0) return "";
  static constexpr int kDaysBefore[] = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};
  const int month = date / 100 % 100, day = date % 100;
  const int doy = (month >= 1 && month <= 12 ? kDaysBefore[month - 1] : 0) + (day > 0 ? day : 1);
  double fraction = (doy - 1) / 365.0;
  if (fraction > 0.9999) fraction = 0.9999;
  char buf[32];
  std::snprintf(buf, sizeof buf, "%d.%04d", date / 10000, static_cast<int>(fraction * 10000));
  return buf;
}

// "2026-12-04T22:31:00Z" -> "20261204223100".
std::string DigitsOf(std::string_view iso) {
  std::string out;
  for (char c : iso) {
    if (c >= '0' && c <= '9') out += c;
  }
  return out.substr(0, 14);
}

std::string DateText(int32_t date) {
  return date > 0 ? std::to_string(date) : "";
}

// The ten actor columns of GDELT: code, name, country, known group,
// ethnic, two religions, three types.
void GdeltActor(const StoredActor& a, std::string* out) {
  out[0] = a.code;
  out[1] = a.name;
  out[2] = a.country;
  out[7] = a.agent;  // Type1Code
}

std::string GdeltRow(const StreamedEvent& s) {
  const StoredEvent& e = s.event;
  std::string f[kGdeltColumns];
  f[0] = std::to_string(s.row);
  f[1] = DateText(e.date);
  f[2] = e.date > 0 ? std::to_string(e.date / 100) : "";
  f[3] = e.date > 0 ? std::to_string(e.date / 10000) : "";
  f[4] = FractionDate(e.date);
  GdeltActor(e.source, f + 5);
  GdeltActor(e.target, f + 15);
  f[25] = e.sentence == 0 ? "1" : "0";  // IsRootEvent: in the lead sentence
  f[26] = e.code;
  f[27] = e.code.substr(0, 3);
  f[28] = e.root;
  f[29] = std::to_string(e.quad_class);
  f[30] = OneDecimal(e.goldstein);
  f[31] = std::to_string(s.reports);
  f[32] = std::to_string(s.sources);
  f[33] = std::to_string(s.articles);
  // 34 AvgTone and 35..58 the three geo blocks stay empty.
  f[59] = DigitsOf(s.ingested_at);
  f[60] = s.url;
  return Join(f, kGdeltColumns, '\t', false) + "\n";
}

std::string PhoenixRow(const StreamedEvent& s) {
  const StoredEvent& e = s.event;
  std::string f[kPhoenixColumns];
  f[0] = std::to_string(s.row);
  f[1] = DateText(e.date);
  if (e.date > 0) {
    f[2] = std::to_string(e.date / 10000);
    f[3] = std::to_string(e.date / 100 % 100);
    f[4] = std::to_string(e.date % 100);
  }
  int at = 5;
  for (const StoredActor* a : {&e.source, &e.target}) {
    f[at] = a->code;
    f[at + 1] = a->country.empty() ? a->code.substr(0, 3) : a->country;  // entity
    if (a->code.empty()) f[at + 1].clear();
    f[at + 2] = a->agent;  // role; attribute (at + 3) stays empty
    at += 4;
  }
  f[13] = e.code;
  f[14] = e.root;
  f[15] = std::to_string(e.quad_class);
  f[16] = OneDecimal(e.goldstein);
  // 17 Issues, 18..22 location stay empty.
  f[23] = e.article + "_" + std::to_string(e.sentence);
  f[24] = s.url;
  f[25] = s.outlet;
  return Join(f, kPhoenixColumns, '\t', false) + "\n";
}

}  // namespace

bool ParseEventFormat(std::string_view name, EventFormat* format) {
  struct {
    std::string_view name;
    EventFormat format;
  } const kFormats[] = {{"gdelt", EventFormat::kGdelt},
                        {"phoenix", EventFormat::kPhoenix},
                        {"jsonl", EventFormat::kJsonl},
                        {"csv", EventFormat::kCsv}};
  for (const auto& f : kFormats) {
    if (f.name == name) {
      *format = f.format;
      return true;
    }
  }
  return false;
}

std::string CsvField(std::string_view s) {
  if (s.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(s);
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

const char* const kEventCsvHeader =
    "date,source,source_country,source_agent,code,root,quad_class,goldstein,target,"
    "target_country,target_agent,article,ordinal,sentence,sentence_begin,sentence_end,"
    "source_begin,source_end,target_begin,target_end,verb_begin,verb_end,verb_entry,"
    "pattern_entry,intent,asserted_code,paired,coder_run,quote,made_by,sentence_text";

std::string EventCsvRow(const StoredEvent& e) {
  const std::string fields[] = {IsoDay(e.date),
                                e.source.code,
                                e.source.country,
                                e.source.agent,
                                e.code,
                                e.root,
                                std::to_string(e.quad_class),
                                OneDecimal(e.goldstein),
                                e.target.code,
                                e.target.country,
                                e.target.agent,
                                e.article,
                                std::to_string(e.ordinal),
                                std::to_string(e.sentence),
                                std::to_string(e.sentence_span.begin),
                                std::to_string(e.sentence_span.end),
                                std::to_string(e.source.span.begin),
                                std::to_string(e.source.span.end),
                                std::to_string(e.target.span.begin),
                                std::to_string(e.target.span.end),
                                std::to_string(e.verb.begin),
                                std::to_string(e.verb.end),
                                e.verb_entry,
                                e.pattern_entry,
                                e.intent ? "1" : "0",
                                e.asserted_code,
                                e.paired ? "1" : "0",
                                e.coder_run,
                                e.quote >= 0 ? std::to_string(e.quote) : std::string(),
                                e.rule,
                                e.sentence_text};
  return Join(fields, std::size(fields), ',', true);
}

// The columns export adds to dyad's CSV: the counts, the actors' names
// and dictionary entries, and the article's outlet, url and title.
constexpr const char* kExportCsvExtra =
    ",sources,articles,reports,source_name,source_entries,target_name,target_entries,outlet,"
    "url,title,event_row";

std::string ExportHeader(EventFormat format) {
  if (format != EventFormat::kCsv) return "";
  return std::string(kEventCsvHeader) + kExportCsvExtra + "\n";
}

std::string ExportRow(EventFormat format, const StreamedEvent& s) {
  switch (format) {
    case EventFormat::kGdelt: return GdeltRow(s);
    case EventFormat::kPhoenix: return PhoenixRow(s);
    case EventFormat::kJsonl: {
      nlohmann::json j = StoredEventJson(s.event);
      j["sources"] = s.sources;
      j["articles"] = s.articles;
      j["reports"] = s.reports;
      j["outlet"] = s.outlet;
      j["url"] = s.url;
      j["title"] = s.title;
      j["event_row"] = s.row;
      return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
    }
    case EventFormat::kCsv: break;
  }
  const StoredEvent& e = s.event;
  auto entries = [](const StoredActor& a) {
    std::string out;
    for (const std::string& entry : a.entries) out += (out.empty() ? "" : ";") + entry;
    return out;
  };
  const std::string extra[] = {std::to_string(s.sources),
                               std::to_string(s.articles),
                               std::to_string(s.reports),
                               e.source.name,
                               entries(e.source),
                               e.target.name,
                               entries(e.target),
                               s.outlet,
                               s.url,
                               s.title,
                               std::to_string(s.row)};
  return EventCsvRow(e) + "," + Join(extra, std::size(extra), ',', true) + "\n";
}

}  // namespace dyad::cli
