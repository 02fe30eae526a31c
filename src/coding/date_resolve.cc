// The date of a sentence's event: explicit dates in the sentence, relative
// ones ("yesterday", "last month", "on Tuesday") resolved against the
// publication date, else the publication date itself.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "dyad/coding.h"

namespace dyad {
namespace {

// Days since 1970-01-01 (Howard Hinnant's days_from_civil).
int64_t DaysFromCivil(int y, int m, int d) {
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int64_t>(doe) - 719468;
}

int32_t CivilFromDays(int64_t z) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t y = static_cast<int64_t>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return static_cast<int32_t>((y + (m <= 2)) * 10000 + m * 100 + d);
}

int64_t ToDays(int32_t date) {
  return DaysFromCivil(date / 10000, date / 100 % 100, date % 100);
}

// A word of at most 16 bytes, ASCII-lowercased and packed (zero-padded)
// into two integers with its length, so that the words looked for here
// (at most 9 bytes) compare without a string or a memcmp per token. A
// longer word packs to a size no keyword has.
struct Keyword {
  uint64_t lo = 0, hi = 0;
  size_t size = SIZE_MAX;
  bool operator==(const Keyword&) const = default;
};

constexpr Keyword Pack(std::string_view w) {
  Keyword k;
  if (w.size() > 16) return k;
  k.size = w.size();
  for (size_t i = 0; i < w.size(); ++i) {
    uint64_t c = static_cast<uint8_t>(w[i]);
    if (c >= 'A' && c <= 'Z') c += 32;
    (i < 8 ? k.lo : k.hi) |= c << (8 * (i % 8));
  }
  return k;
}

// True iff `k` (3 or 4 bytes) is how `word` begins.
constexpr bool Abbreviates(const Keyword& k, const Keyword& word) {
  return k.size <= word.size && (word.lo & ((uint64_t{1} << (8 * k.size)) - 1)) == k.lo;
}

// True iff `w` can be a word looked for: `size` bytes within [min, max] and
// a first letter among `initials` (lowercase), so that most words of a
// sentence are dismissed without packing them.
constexpr uint32_t Initials(std::string_view letters) {
  uint32_t mask = 0;
  for (char c : letters) mask |= uint32_t{1} << (c - 'a');
  return mask;
}

bool MayBe(std::string_view w, size_t min, size_t max, uint32_t initials) {
  if (w.size() < min || w.size() > max) return false;
  const unsigned letter = static_cast<unsigned>((w[0] | 0x20) - 'a');  // ASCII lowercase
  return letter < 26 && ((initials >> letter) & 1);
}

int MonthNumber(std::string_view w) {
  static constexpr Keyword kMonths[] = {Pack("january"), Pack("february"), Pack("march"),
                                        Pack("april"),   Pack("may"),      Pack("june"),
                                        Pack("july"),    Pack("august"),   Pack("september"),
                                        Pack("october"), Pack("november"), Pack("december")};
  const Keyword lower = Pack(w.substr(0, w.find('.')));
  if (lower.size < 3 || lower.size > 9) return 0;
  for (int i = 0; i < 12; ++i)
    if (lower == kMonths[i] || (lower.size <= 4 && Abbreviates(lower, kMonths[i]))) return i + 1;
  return 0;
}

int WeekdayNumber(const Keyword& lower) {
  static constexpr Keyword kDays[] = {Pack("monday"),   Pack("tuesday"), Pack("wednesday"),
                                      Pack("thursday"), Pack("friday"),  Pack("saturday"),
                                      Pack("sunday")};
  for (int i = 0; i < 7; ++i)
    if (lower == kDays[i]) return i;
  return -1;
}

int SmallNumber(std::string_view w, int max) {
  if (w.empty() || w.size() > 4) return 0;
  int v = 0;
  for (char c : w) {
    if (c < '0' || c > '9') return 0;
    v = v * 10 + (c - '0');
  }
  return v <= max ? v : 0;
}

bool ValidDate(int y, int m, int d) {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return false;
  return CivilFromDays(DaysFromCivil(y, m, d)) == y * 10000 + m * 100 + d;
}

}  // namespace

int32_t AddDays(int32_t date, int days) {
  return CivilFromDays(ToDays(date) + days);
}

int DayOfWeek(int32_t date) {
  int64_t z = ToDays(date);  // 1970-01-01 was a Thursday (3)
  return static_cast<int>(((z % 7) + 7 + 3) % 7);
}

int32_t ResolveEventDate(std::string_view text, const std::vector<Token>& tokens,
                         int32_t publication_date) {
  if (publication_date == 0) return 0;
  const int pub_year = publication_date / 10000;
  auto word = [&](size_t i) -> std::string_view {
    return i < tokens.size() ? tokens[i].view(text) : std::string_view();
  };
  for (size_t i = 0; i < tokens.size(); ++i) {
    std::string_view w = word(i);
    // ISO date.
    if (w.size() == 10 && w[4] == '-' && w[7] == '-') {
      if (auto d = ParseIsoDate(w)) return *d;
    }
    // yyyymmdd for day d of month m in year y, or in the publication's year
    // when y is not a year (and the year before, when that would put the
    // date after the publication); 0 if there is no such day.
    auto DayMonthYear = [&](int d, int m, int y) -> int32_t {
      bool explicit_year = y >= 1900;
      if (!explicit_year) y = pub_year;
      if (!ValidDate(y, m, d)) return 0;
      int32_t date = y * 10000 + m * 100 + d;
      if (!explicit_year && date > AddDays(publication_date, 1)) date -= 10000;
      return date;
    };
    // A month's name or abbreviation ("Dec.": a longer word may end at a dot).
    if (!MayBe(w, 3, SIZE_MAX, Initials("jfmasond"))) continue;
    if (int m = MonthNumber(w)) {
      // "May 10, 2024" / "May 10"
      if (int d = SmallNumber(word(i + 1), 31)) {
        size_t yi = word(i + 2) == "," ? i + 3 : i + 2;
        if (int32_t date = DayMonthYear(d, m, SmallNumber(word(yi), 2100))) return date;
      }
      // "10 May 2024" / "10 May"
      if (i > 0) {
        if (int d = SmallNumber(word(i - 1), 31)) {
          if (int32_t date = DayMonthYear(d, m, SmallNumber(word(i + 1), 2100))) return date;
        }
      }
    }
  }
  static constexpr Keyword kYesterday = Pack("yesterday"), kToday = Pack("today"),
                           kTonight = Pack("tonight"), kLast = Pack("last"), kPast = Pack("past"),
                           kWeek = Pack("week"), kMonth = Pack("month"), kYear = Pack("year");
  for (size_t i = 0; i < tokens.size(); ++i) {
    // The words below are 4 to 9 bytes long and start with one of these.
    if (!MayBe(word(i), 4, 9, Initials("ytlpmwfs"))) continue;
    const Keyword lw = Pack(word(i));
    if (lw == kYesterday) return AddDays(publication_date, -1);
    if (lw == kToday || lw == kTonight) return publication_date;
    if (lw == kLast || lw == kPast) {
      const Keyword next = Pack(word(i + 1));
      if (next == kWeek) return AddDays(publication_date, -7);
      if (next == kMonth) {
        int y = pub_year, m = publication_date / 100 % 100 - 1;
        if (m == 0) {
          m = 12;
          --y;
        }
        return y * 10000 + m * 100 + 1;
      }
      if (next == kYear) return (pub_year - 1) * 10000 + 101;
    }
    int wd = WeekdayNumber(lw);
    if (wd >= 0) {
      int back = (DayOfWeek(publication_date) - wd + 7) % 7;
      if (Pack(word(i - 1 < tokens.size() ? i - 1 : i)) == kLast && back == 0) back = 7;
      return AddDays(publication_date, -back);
    }
  }
  return publication_date;
}

}  // namespace dyad
