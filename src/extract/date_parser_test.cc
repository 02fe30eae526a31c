// Tests for ParseDate, FindDate and DateFromUrl: table-driven, one row per
// format the news sources use, plus the impossible dates that must fail.
#include "extract/date_parser.h"

#include <gtest/gtest.h>

#include "dyad/extract.h"

namespace dyad::extract {
namespace {

struct DateCase {
  const char* input;
  bool day_first;
  const char* expected;  // "" = no date
};

class ParseDateTest : public ::testing::TestWithParam<DateCase> {};

TEST_P(ParseDateTest, ReadsTheDate) {
  const DateCase& c = GetParam();
  EXPECT_EQ(ParseDate(c.input, c.day_first), c.expected) << "input: " << c.input;
}

INSTANTIATE_TEST_SUITE_P(
    Formats, ParseDateTest,
    ::testing::Values(
        // ISO dates and datetimes.
        DateCase{"2024-07-10", true, "2024-07-10"},
        DateCase{"2024-07-10T14:03:00Z", true, "2024-07-10T14:03:00Z"},
        DateCase{"2024-07-10T14:03Z", true, "2024-07-10T14:03:00Z"},
        DateCase{"2024-07-10T14:03:00.123Z", true, "2024-07-10T14:03:00Z"},
        DateCase{"2024-07-10T14:03:00+02:00", true, "2024-07-10T12:03:00Z"},
        DateCase{"2024-07-10T14:03:00-0400", true, "2024-07-10T18:03:00Z"},
        DateCase{"2024-07-10T01:30:00+05:30", true, "2024-07-09T20:00:00Z"},
        DateCase{"2024-12-31T23:30:00-01:00", true, "2025-01-01T00:30:00Z"},
        DateCase{"2024-07-10T14:03:00", true, "2024-07-10"},  // no zone: date only
        DateCase{"2024-07-10 14:03:00", true, "2024-07-10"},
        DateCase{"2024/07/10", true, "2024-07-10"}, DateCase{"2024.7.10", true, "2024-07-10"},
        // Month names.
        DateCase{"July 10, 2024", true, "2024-07-10"}, DateCase{"July 10 2024", true, "2024-07-10"},
        DateCase{"Jul 31, 2024", true, "2024-07-31"}, DateCase{"Jul. 31, 2024", true, "2024-07-31"},
        DateCase{"Sept 3, 2024", true, "2024-09-03"}, DateCase{"10 July 2024", true, "2024-07-10"},
        DateCase{"10th July, 2024", true, "2024-07-10"},
        DateCase{"10th of July 2024", true, "2024-07-10"},
        DateCase{"July 10th, 2024", true, "2024-07-10"},
        DateCase{"Wednesday, July 10, 2024", true, "2024-07-10"},
        DateCase{"Wed 10 July 2024", true, "2024-07-10"},
        DateCase{"July 10, 2024 at 2:03 p.m. EDT", true, "2024-07-10T18:03:00Z"},
        DateCase{"July 10, 2024, 9:15 AM", true, "2024-07-10"},
        DateCase{"Jul 10 2024 14:03:00 GMT+0000 (Coordinated Universal Time)", true,
                 "2024-07-10T14:03:00Z"},
        // RFC 1123 / RFC 822.
        DateCase{"Wed, 10 Jul 2024 14:03:00 GMT", true, "2024-07-10T14:03:00Z"},
        DateCase{"Wed, 10 Jul 2024 14:03:00 +0200", true, "2024-07-10T12:03:00Z"},
        // Numeric day/month order.
        DateCase{"10/07/2024", true, "2024-07-10"}, DateCase{"10/07/2024", false, "2024-10-07"},
        DateCase{"13/07/2024", false, "2024-07-13"},  // 13 cannot be a month
        DateCase{"07/13/2024", true, "2024-07-13"}, DateCase{"10.07.2024", true, "2024-07-10"},
        DateCase{"10.07.2024", false, "2024-07-10"},  // dots are day-first
        DateCase{"10-07-2024", true, "2024-07-10"},
        // Labels and white space around the date.
        DateCase{"  Published: July 10, 2024 ", true, "2024-07-10"},
        DateCase{"Updated on 10 July 2024", true, "2024-07-10"},
        // Leap years.
        DateCase{"2024-02-29", true, "2024-02-29"}, DateCase{"2000-02-29", true, "2000-02-29"},
        // Impossible or out-of-range dates, and non-dates.
        DateCase{"2024-02-30", true, ""}, DateCase{"2023-02-29", true, ""},
        DateCase{"1900-02-29", true, ""}, DateCase{"2024-13-01", true, ""},
        DateCase{"2024-04-31", true, ""}, DateCase{"31/04/2024", true, ""},
        DateCase{"1899-12-31", true, ""}, DateCase{"2101-01-01", true, ""},
        DateCase{"July 32, 2024", true, ""}, DateCase{"July 2024", true, ""},
        DateCase{"2024-07-10T25:00:00Z", true, ""},  // hour 25: not a datetime
        DateCase{"July 10, 2024 was a hot day", true, ""}, DateCase{"", true, ""},
        DateCase{"Monday", true, ""}, DateCase{"NATO.jpg", true, ""},
        DateCase{"13/13/2024", true, ""}));

TEST(FindDateTest, FindsTheFirstDateInALine) {
  auto m = FindDate("NATO takes a stand – DW – 10/07/2024", true);
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->iso, "2024-07-10");
  EXPECT_EQ(std::string_view("NATO takes a stand – DW – 10/07/2024").substr(m->begin),
            "10/07/2024");
}

TEST(FindDateTest, NeedsAWordBoundary) {
  EXPECT_FALSE(FindDate("ID 12024-07-10", true).has_value());
  EXPECT_FALSE(FindDate("no date in here, 1,000 people", true).has_value());
  auto m = FindDate("By Jane Doe, Published Jul 31, 2024 08:00 GMT", true);
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->iso, "2024-07-31T08:00:00Z");
}

TEST(FindDateTest, StopsAtTheScanLimit) {
  std::string s(5000, 'x');
  s += " 2024-07-10";
  EXPECT_FALSE(FindDate(s, true, 4096).has_value());
  EXPECT_TRUE(FindDate(s, true, 6000).has_value());
}

TEST(DateFromUrlTest, ReadsDatePaths) {
  EXPECT_EQ(DateFromUrl("https://edition.cnn.com/2024/07/10/china/nato-china/index.html"),
            "2024-07-10");
  EXPECT_EQ(DateFromUrl("https://example.com/news/2024/7/9/story"), "2024-07-09");
  EXPECT_EQ(DateFromUrl("https://example.com/story-2024-07-10.html"), "2024-07-10");
  EXPECT_EQ(DateFromUrl("https://example.com/2024/02/30/story"), "");
  EXPECT_EQ(DateFromUrl("https://example.com/2024/07/story"), "");
  EXPECT_EQ(DateFromUrl("https://2024.10.10.example.com/x"), "");
  EXPECT_EQ(DateFromUrl(""), "");
}

}  // namespace
}  // namespace dyad::extract
