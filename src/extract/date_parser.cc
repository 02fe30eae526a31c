// Date parsing for extract (ParseDate in dyad/extract.h; FindDate,
// ParseDateAt and DateFromUrl in date_parser.h).
//
// A small hand-written scanner rather than a list of strptime formats: news
// dates mix optional weekdays, ordinals ("10th"), commas, "at", a.m./p.m.
// and zone names, and a scanner takes them all in one pass with no
// backtracking beyond a handful of alternatives at the start.
#include "extract/date_parser.h"

#include <array>
#include <cstdio>

#include "dyad/extract.h"
#include "extract/string_util.h"

namespace dyad::extract {
namespace {

constexpr std::array<std::string_view, 12> kMonths = {
    "january", "february", "march",     "april",   "may",      "june",
    "july",    "august",   "september", "october", "november", "december"};
constexpr std::array<std::string_view, 7> kWeekdays = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};

struct Zone {
  std::string_view name;
  int offset_minutes;
};
// Zone abbreviations common in English-language news. Ambiguous ones (IST,
// CST in Asia) are read as the meaning usual in that press.
constexpr std::array<Zone, 22> kZones = {
    {{"z", 0},      {"gmt", 0},    {"utc", 0},    {"ut", 0},     {"est", -300}, {"edt", -240},
     {"cst", -360}, {"cdt", -300}, {"mst", -420}, {"mdt", -360}, {"pst", -480}, {"pdt", -420},
     {"bst", 60},   {"cet", 60},   {"cest", 120}, {"eet", 120},  {"eest", 180}, {"msk", 180},
     {"ist", 330},  {"hkt", 480},  {"jst", 540},  {"aest", 600}}};

bool IsAlnum(char c) {
  return IsAsciiAlpha(c) || IsAsciiDigit(c);
}

// A cursor over the string with the few token readers the formats need.
class Scanner {
 public:
  Scanner(std::string_view s, size_t pos) : s_(s), pos_(pos) {}
  size_t pos() const { return pos_; }
  void set_pos(size_t p) { pos_ = p; }
  bool done() const { return pos_ >= s_.size(); }
  char peek(size_t k = 0) const { return pos_ + k < s_.size() ? s_[pos_ + k] : '\0'; }

  void SkipSpaces() {
    while (!done()) {
      if (IsAsciiSpace(peek())) {
        ++pos_;
      } else if (static_cast<unsigned char>(peek()) == 0xC2 &&
                 static_cast<unsigned char>(peek(1)) == 0xA0) {
        pos_ += 2;  // NBSP
      } else {
        break;
      }
    }
  }
  bool Accept(char c) {
    if (peek() != c) return false;
    ++pos_;
    return true;
  }
  // Reads 1..max_digits digits not followed by another digit; -1 if none.
  int Number(int min_digits, int max_digits, int* digits = nullptr) {
    size_t b = pos_, e = pos_;
    while (e < s_.size() && IsAsciiDigit(s_[e]) && static_cast<int>(e - b) <= max_digits) ++e;
    int n = static_cast<int>(e - b);
    if (n < min_digits || n > max_digits) return -1;
    int v = 0;
    for (size_t i = b; i < e; ++i) v = v * 10 + (s_[i] - '0');
    pos_ = e;
    if (digits != nullptr) *digits = n;
    return v;
  }
  // Reads an ASCII word (letters only), lower-cased; "" if none.
  std::string Word() {
    size_t b = pos_;
    while (!done() && IsAsciiAlpha(peek())) ++pos_;
    return ToLowerAsciiCopy(s_.substr(b, pos_ - b));
  }
  // Skips "st", "nd", "rd", "th" after a day number.
  void SkipOrdinal() {
    std::string_view rest = s_.substr(pos_);
    for (std::string_view suffix : {"st", "nd", "rd", "th"}) {
      if (StartsWithIgnoreCase(rest, suffix) && (rest.size() == 2 || !IsAsciiAlpha(rest[2]))) {
        pos_ += 2;
        return;
      }
    }
  }

 private:
  std::string_view s_;
  size_t pos_;
};

// 1..12 for a month name or its abbreviation ("sep", "sept"), else 0.
int MonthFromWord(std::string_view w) {
  if (w.size() < 3) return 0;
  for (size_t i = 0; i < kMonths.size(); ++i) {
    if (w == kMonths[i]) return static_cast<int>(i) + 1;
    if (w.size() <= kMonths[i].size() && kMonths[i].substr(0, w.size()) == w &&
        (w.size() == 3 || w == "sept"))
      return static_cast<int>(i) + 1;
  }
  return 0;
}

bool IsWeekday(std::string_view w) {
  if (w.size() < 3) return false;
  for (std::string_view d : kWeekdays) {
    if (w == d) return true;
    if (w.size() <= 5 && d.substr(0, w.size()) == w &&
        (w.size() == 3 || w == "tues" || w == "thur" || w == "thurs"))
      return true;
  }
  return false;
}

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's method).
long DaysFromCivil(int y, int m, int d) {
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

void CivilFromDays(long z, int* y, int* m, int* d) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const long doe = z - era * 146097;
  const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long mp = (5 * doy + 2) / 153;
  *d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  *m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  *y = static_cast<int>(yoe + era * 400 + (*m <= 2));
}

struct TimeOfDay {
  int hour = 0, minute = 0, second = 0;
  bool has_zone = false;
  int offset_minutes = 0;  // local time = UTC + offset
};

// Reads "+05:30", "+0530", "+05", "-4" after GMT/UTC; false if none.
bool ReadOffset(Scanner& sc, int* offset) {
  size_t start = sc.pos();
  int sign = 0;
  if (sc.Accept('+')) {
    sign = 1;
  } else if (sc.Accept('-')) {
    sign = -1;
  } else if (static_cast<unsigned char>(sc.peek()) == 0xE2 &&
             static_cast<unsigned char>(sc.peek(1)) == 0x88 &&
             static_cast<unsigned char>(sc.peek(2)) == 0x92) {  // U+2212 minus
    sc.set_pos(sc.pos() + 3);
    sign = -1;
  }
  if (sign == 0) return false;
  int digits = 0;
  int v = sc.Number(1, 4, &digits);
  if (v < 0) {
    sc.set_pos(start);
    return false;
  }
  int hours = v, minutes = 0;
  if (digits >= 3) {
    hours = v / 100;
    minutes = v % 100;
  } else if (sc.peek() == ':' && IsAsciiDigit(sc.peek(1))) {
    sc.Accept(':');
    minutes = sc.Number(2, 2);
    if (minutes < 0) {
      sc.set_pos(start);
      return false;
    }
  }
  if (hours > 14 || minutes > 59) {
    sc.set_pos(start);
    return false;
  }
  *offset = sign * (hours * 60 + minutes);
  return true;
}

// Reads a zone: Z, an offset, or a name with an optional offset ("GMT+1").
void ReadZone(Scanner& sc, TimeOfDay& t) {
  size_t start = sc.pos();
  int offset = 0;
  sc.SkipSpaces();
  if (ReadOffset(sc, &offset)) {
    t.has_zone = true;
    t.offset_minutes = offset;
    return;
  }
  sc.set_pos(start);
  if (sc.peek() == 'Z' && !IsAlnum(sc.peek(1))) {
    sc.Accept('Z');
    t.has_zone = true;
    return;
  }
  sc.SkipSpaces();
  std::string w = sc.Word();
  for (const Zone& z : kZones) {
    if (w == z.name && z.name != "z") {
      t.has_zone = true;
      t.offset_minutes = z.offset_minutes;
      if ((w == "gmt" || w == "utc") && ReadOffset(sc, &offset)) t.offset_minutes = offset;
      return;
    }
  }
  sc.set_pos(start);
}

// Reads a time "14:03", "14:03:00.123", "2:03 p.m.", then a zone. Returns
// false (and leaves the scanner where it was) when there is no time.
bool ReadTime(Scanner& sc, TimeOfDay& t) {
  size_t start = sc.pos();
  int h = sc.Number(1, 2);
  if (h < 0 || !sc.Accept(':')) {
    sc.set_pos(start);
    return false;
  }
  int m = sc.Number(2, 2);
  if (m < 0 || m > 59) {
    sc.set_pos(start);
    return false;
  }
  int s = 0;
  if (sc.peek() == ':' && IsAsciiDigit(sc.peek(1))) {
    sc.Accept(':');
    s = sc.Number(2, 2);
    if (s < 0 || s > 60) {
      sc.set_pos(start);
      return false;
    }
    if (s == 60) s = 59;  // a leap second: keep it on the same minute
    if (sc.peek() == '.' || sc.peek() == ',') {
      size_t frac = sc.pos();
      sc.set_pos(frac + 1);
      if (sc.Number(1, 9) < 0) sc.set_pos(frac);
    }
  }
  // a.m. / p.m.
  size_t before_ampm = sc.pos();
  sc.SkipSpaces();
  {
    size_t p = sc.pos();
    char c0 = ToLowerAscii(sc.peek()), c1 = ToLowerAscii(sc.peek(1)), c2 = ToLowerAscii(sc.peek(2)),
         c3 = ToLowerAscii(sc.peek(3));
    int pm = -1;
    size_t len = 0;
    if ((c0 == 'a' || c0 == 'p') && c1 == 'm' && !IsAsciiAlpha(c2)) {
      pm = c0 == 'p', len = 2;
    } else if ((c0 == 'a' || c0 == 'p') && c1 == '.' && c2 == 'm' && !IsAsciiAlpha(c3)) {
      pm = c0 == 'p', len = 3;
      if (sc.peek(3) == '.') len = 4;
    }
    if (pm >= 0) {
      if (h < 1 || h > 12) {
        sc.set_pos(start);
        return false;
      }
      h = h % 12 + (pm ? 12 : 0);
      sc.set_pos(p + len);
    } else {
      sc.set_pos(before_ampm);
    }
  }
  if (h > 23) {
    sc.set_pos(start);
    return false;
  }
  t.hour = h, t.minute = m, t.second = s;
  size_t before_zone = sc.pos();
  ReadZone(sc, t);
  if (!t.has_zone) sc.set_pos(before_zone);
  return true;
}

// After a date: an optional ", at 14:03 GMT" or "T14:03:00Z".
void ReadOptionalTime(Scanner& sc, TimeOfDay& t, bool* has_time) {
  size_t start = sc.pos();
  if (sc.peek() == 'T' && IsAsciiDigit(sc.peek(1))) {
    sc.Accept('T');
    if (ReadTime(sc, t)) {
      *has_time = true;
      return;
    }
    sc.set_pos(start);
    return;
  }
  sc.Accept(',');
  sc.SkipSpaces();
  size_t word_start = sc.pos();
  std::string w = sc.Word();
  if (w == "at") {
    sc.SkipSpaces();
  } else {
    sc.set_pos(word_start);
  }
  if (ReadTime(sc, t)) {
    *has_time = true;
    return;
  }
  sc.set_pos(start);
}

std::optional<DateMatch> Finish(std::string_view s, size_t begin, Scanner& sc, int y, int m,
                                int d) {
  if (!IsValidDate(y, m, d)) return std::nullopt;
  TimeOfDay t;
  bool has_time = false;
  ReadOptionalTime(sc, t, &has_time);
  DateMatch out;
  out.begin = begin;
  out.end = sc.pos();
  char buf[64];
  if (has_time && t.has_zone) {
    long minutes = DaysFromCivil(y, m, d) * 1440 + t.hour * 60 + t.minute - t.offset_minutes;
    long days = minutes >= 0 ? minutes / 1440 : -((-minutes + 1439) / 1440);
    long in_day = minutes - days * 1440;
    int yy, mm, dd;
    CivilFromDays(days, &yy, &mm, &dd);
    if (yy < 1900 || yy > 2100) return std::nullopt;
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02ld:%02ld:%02dZ", yy, mm, dd, in_day / 60,
                  in_day % 60, t.second);
  } else {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  }
  out.iso = buf;
  return out;
}

// "10 July 2024", "10th of Jul. 2024"; the scanner is at the day.
std::optional<DateMatch> DayMonthYear(std::string_view s, size_t begin, Scanner& sc) {
  int d = sc.Number(1, 2);
  if (d < 0) return std::nullopt;
  sc.SkipOrdinal();
  sc.Accept('-');
  sc.SkipSpaces();
  size_t p = sc.pos();
  if (sc.Word() == "of") {
    sc.SkipSpaces();
  } else {
    sc.set_pos(p);
  }
  int m = MonthFromWord(sc.Word());
  if (m == 0) return std::nullopt;
  sc.Accept('.');
  sc.Accept(',');
  sc.Accept('-');
  sc.SkipSpaces();
  int y = sc.Number(4, 4);
  if (y < 0) return std::nullopt;
  return Finish(s, begin, sc, y, m, d);
}

// "July 10, 2024", "Jul. 31 2024"; the scanner is just past the month word.
std::optional<DateMatch> MonthDayYear(std::string_view s, size_t begin, Scanner& sc, int m) {
  sc.Accept('.');
  sc.SkipSpaces();
  int d = sc.Number(1, 2);
  if (d < 0) return std::nullopt;
  sc.SkipOrdinal();
  sc.Accept(',');
  sc.SkipSpaces();
  int y = sc.Number(4, 4);
  if (y < 0) return std::nullopt;
  return Finish(s, begin, sc, y, m, d);
}

// "2024-07-10", "2024/07/10", "2024.07.10"; the scanner is at the year.
std::optional<DateMatch> YearMonthDay(std::string_view s, size_t begin, Scanner& sc) {
  int y = sc.Number(4, 4);
  char sep = sc.peek();
  if (y < 0 || (sep != '-' && sep != '/' && sep != '.')) return std::nullopt;
  sc.Accept(sep);
  int m = sc.Number(1, 2);
  if (m < 0 || !sc.Accept(sep)) return std::nullopt;
  int d = sc.Number(1, 2);
  if (d < 0) return std::nullopt;
  return Finish(s, begin, sc, y, m, d);
}

// "10/07/2024", "10.07.2024", "7-10-2024"; the scanner is at the first number.
std::optional<DateMatch> NumericDate(std::string_view s, size_t begin, Scanner& sc,
                                     bool day_first) {
  int a = sc.Number(1, 2);
  char sep = sc.peek();
  if (a < 0 || (sep != '/' && sep != '.' && sep != '-')) return std::nullopt;
  sc.Accept(sep);
  int b = sc.Number(1, 2);
  if (b < 0 || !sc.Accept(sep)) return std::nullopt;
  int y = sc.Number(4, 4);
  if (y < 0) return std::nullopt;
  if (sep == '.') day_first = true;
  int d = day_first ? a : b, m = day_first ? b : a;
  if (m > 12) std::swap(d, m);  // the preferred reading is impossible
  return Finish(s, begin, sc, y, m, d);
}

}  // namespace

bool IsValidDate(int y, int m, int d) {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return false;
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  int days = kDays[m - 1] + (m == 2 && leap ? 1 : 0);
  return d <= days;
}

std::optional<DateMatch> ParseDateAt(std::string_view s, size_t pos, bool day_first) {
  Scanner sc(s, pos);
  if (IsAsciiAlpha(sc.peek())) {
    std::string w = sc.Word();
    if (IsWeekday(w)) {
      sc.Accept('.');
      sc.Accept(',');
      sc.SkipSpaces();
      if (IsAsciiDigit(sc.peek())) {
        size_t p = sc.pos();
        if (auto r = DayMonthYear(s, pos, sc)) return r;
        sc.set_pos(p);
        if (auto r = NumericDate(s, pos, sc, day_first)) return r;
        sc.set_pos(p);
        return YearMonthDay(s, pos, sc);
      }
      w = sc.Word();
    }
    int m = MonthFromWord(w);
    if (m == 0) return std::nullopt;
    return MonthDayYear(s, pos, sc, m);
  }
  if (!IsAsciiDigit(sc.peek())) return std::nullopt;
  if (auto r = YearMonthDay(s, pos, sc)) return r;
  sc.set_pos(pos);
  if (auto r = NumericDate(s, pos, sc, day_first)) return r;
  sc.set_pos(pos);
  return DayMonthYear(s, pos, sc);
}

std::optional<DateMatch> FindDate(std::string_view s, bool day_first, size_t max_scan) {
  size_t limit = std::min(s.size(), max_scan);
  for (size_t i = 0; i < limit; ++i) {
    if (!IsAlnum(s[i]) || (i > 0 && IsAlnum(s[i - 1]))) continue;
    if (auto r = ParseDateAt(s, i, day_first)) {
      if (r->end < s.size() && IsAlnum(s[r->end]) && IsAsciiDigit(s[r->end - 1])) continue;
      return r;
    }
  }
  return std::nullopt;
}

std::string DateFromUrl(std::string_view url) {
  // Only the path: skip "scheme://host".
  size_t scheme = url.find("://");
  size_t path = url.find('/', scheme == std::string_view::npos ? 0 : scheme + 3);
  if (path == std::string_view::npos) return "";
  std::string_view p = url.substr(path);
  for (size_t i = 0; i + 8 <= p.size(); ++i) {
    if (p[i] != '/' && p[i] != '-' && p[i] != '_') continue;
    Scanner sc(p, i + 1);
    int y = sc.Number(4, 4);
    char sep = sc.peek();
    if (y < 0 || (sep != '/' && sep != '-')) continue;
    if (p[i] != '/' && sep != '-') continue;
    sc.Accept(sep);
    int m = sc.Number(1, 2);
    if (m < 0 || !sc.Accept(sep)) continue;
    int d = sc.Number(1, 2);
    if (d < 0) continue;
    char after = sc.peek();
    if (after != '/' && after != '-' && after != '_' && after != '.' && after != '\0' &&
        after != '?' && after != '#')
      continue;
    if (!IsValidDate(y, m, d)) continue;
    char buf[64];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
    return buf;
  }
  return "";
}

}  // namespace dyad::extract

namespace dyad {

std::string ParseDate(std::string_view s, bool day_first) {
  std::string_view t = extract::TrimSpace(s);
  // Labels that often precede a date in a page or a feed.
  for (std::string_view label : {"last updated", "published", "updated", "posted", "date", "on"}) {
    if (extract::StartsWithIgnoreCase(t, label) &&
        (t.size() == label.size() || !extract::IsAsciiAlpha(t[label.size()]))) {
      t = t.substr(label.size());
      while (!t.empty() && (t[0] == ':' || extract::IsAsciiSpace(t[0]))) t.remove_prefix(1);
      if (extract::StartsWithIgnoreCase(t, "on ")) t.remove_prefix(3);
      break;
    }
  }
  auto m = extract::ParseDateAt(t, 0, day_first);
  if (!m) return "";
  // Only closing punctuation or a parenthesis ("(Coordinated Universal
  // Time)") may follow: "July 10, 2024 was hot" is a sentence, not a date.
  std::string_view rest = extract::TrimSpace(t.substr(m->end));
  if (!rest.empty() && rest[0] != '(' && rest != "." && rest != ",") return "";
  return m->iso;
}

}  // namespace dyad
