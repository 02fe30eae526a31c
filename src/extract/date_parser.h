// Internal to extract: reading dates in the formats news pages and files
// use. ParseDate (dyad/extract.h) reads a string that is a date; FindDate
// finds the first date inside a longer text; DateFromUrl reads the
// /2024/07/10/ that many news URLs carry.
//
// Output is ISO 8601 as in Article::published: "2024-07-10", or
// "2024-07-10T14:03:00Z" when the input gave a time AND a time zone (the
// time is converted to UTC, which may change the day). A time without a zone
// cannot be placed on the UTC clock, so only its date is kept.
//
// Numeric dates a/b/yyyy are read day-first or month-first as asked, and
// the other way round when the preferred reading is impossible (13/07/2024
// month-first is 13 July). Dotted dates (10.07.2024) are always read
// day-first first: nobody writes month-first with dots. Years must lie in
// 1900..2100 and days must exist (no 2024-02-30).
#ifndef DYAD_EXTRACT_DATE_PARSER_H_
#define DYAD_EXTRACT_DATE_PARSER_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace dyad::extract {

// A date found in a text: its ISO form and its byte range [begin, end).
struct DateMatch {
  std::string iso;
  size_t begin = 0;
  size_t end = 0;
};

// Reads a date that starts exactly at s[pos] (a weekday name may come
// first); `end` is just past the date and any time and zone that follow.
std::optional<DateMatch> ParseDateAt(std::string_view s, size_t pos, bool day_first);

// The first date in `s` that starts at a word boundary, or nullopt.
// Only the first `max_scan` bytes are searched.
std::optional<DateMatch> FindDate(std::string_view s, bool day_first, size_t max_scan = 4096);

// "2024-07-10" from a URL path holding /2024/07/10/ (or /2024/7/10/, or
// /2024-07-10/ or -2024-07-10 in a slug); "" when there is none.
std::string DateFromUrl(std::string_view url);

// Returns true iff y-m-d is a real calendar day with 1900 <= y <= 2100.
bool IsValidDate(int y, int m, int d);

}  // namespace dyad::extract

#endif  // DYAD_EXTRACT_DATE_PARSER_H_
