// Tests for ResolveEventDate: explicit dates, weekdays, relative words.
#include <gtest/gtest.h>

#include "dyad/coding.h"

namespace dyad {
namespace {

int32_t Resolve(std::string_view text, int32_t pub) {
  return ResolveEventDate(text, Tokenize(text), pub);
}

TEST(DateResolve, CalendarHelpers) {
  EXPECT_EQ(AddDays(20240301, -1), 20240229);
  EXPECT_EQ(AddDays(20231231, 1), 20240101);
  EXPECT_EQ(DayOfWeek(20240510), 4);  // a Friday
}

TEST(DateResolve, ExplicitDates) {
  EXPECT_EQ(Resolve("Talks began on May 3, 2023 in Paris.", 20240510), 20230503);
  EXPECT_EQ(Resolve("Talks began on 3 May 2023.", 20240510), 20230503);
  EXPECT_EQ(Resolve("Talks began on 2023-05-03.", 20240510), 20230503);
  EXPECT_EQ(Resolve("Talks began on May 3.", 20240510), 20240503);
  EXPECT_EQ(Resolve("Talks began on Dec. 30.", 20240105), 20231230);  // not in the future
}

TEST(DateResolve, RelativeDates) {
  EXPECT_EQ(Resolve("China condemned it on Tuesday.", 20240510), 20240507);
  EXPECT_EQ(Resolve("China condemned it on Friday.", 20240510), 20240510);
  EXPECT_EQ(Resolve("China condemned it yesterday.", 20240510), 20240509);
  EXPECT_EQ(Resolve("China condemned it last month.", 20240110), 20231201);
  EXPECT_EQ(Resolve("China condemned it.", 20240510), 20240510);
  EXPECT_EQ(Resolve("China condemned it yesterday.", 0), 0);
}

// Date words are compared packed into integers (date_resolve.cc): they
// must read as the words they are whatever their case, and longer words or
// other words starting like them must not.
TEST(DateResolve, DateWordsInAnyCaseAndNoLongerWords) {
  struct Case {
    const char* text;
    int32_t want;  // published Friday 2024-05-10
  };
  for (const Case& c :
       {Case{"They met on TUESDAY.", 20240507}, Case{"They met last Friday.", 20240503},
        Case{"They met YESTERDAY.", 20240509}, Case{"They met in the Past Week.", 20240503},
        Case{"Talks began on SEPT 3.", 20230903}, Case{"Talks began on 3 sep.", 20230903},
        Case{"Septembers and Tuesdays passed.", 20240510},
        Case{"The Mayor spoke 10 minutes.", 20240510}, Case{"The yesterdayish mood.", 20240510},
        Case{"Supercalifragilisticexpialidocious Tuesday.", 20240507},
        Case{"Marchers met 3 May.", 20240503}})
    EXPECT_EQ(Resolve(c.text, 20240510), c.want) << c.text;
}

}  // namespace
}  // namespace dyad
