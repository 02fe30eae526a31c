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

}  // namespace
}  // namespace dyad
