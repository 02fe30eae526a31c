// The header of a plain-text article (see plain_text_header.h).
#include "extract/plain_text_header.h"

#include <algorithm>

#include "extract/date_parser.h"
#include "extract/outlet_names.h"
#include "extract/string_util.h"

namespace dyad::extract {
namespace {

constexpr size_t kMaxHeaderLines = 15;

bool EndsWithAny(std::string_view s, std::string_view chars) {
  return !s.empty() && chars.find(s.back()) != std::string_view::npos;
}

bool IsDashLine(std::string_view t) {
  return t == "-" || t == "--" || t == "\xE2\x80\x94" || t == "\xE2\x80\x93" || t == "\xE2\x80\x95";
}

// A line that can be a headline: short, not a sentence fragment ending in
// ".", ",", ";" or ":", not starting in lower case.
bool IsTitleLike(std::string_view t) {
  size_t words = CountWords(t);
  // Several sentences are a paragraph, not a headline ("U.S. Strikes" is
  // one sentence: the break needs a lower-case or longer word before it).
  size_t breaks = 0;
  for (size_t i = 2; i + 2 < t.size(); ++i) {
    if (t[i] == '.' && t[i + 1] == ' ' && IsAsciiUpper(t[i + 2]) && !IsAsciiUpper(t[i - 1]))
      ++breaks;
  }
  if (breaks >= 2 || (breaks == 1 && words > 12)) return false;
  return !t.empty() && t.size() <= 250 && words >= 1 && words <= 30 && !EndsWithAny(t, ".,;:") &&
         !(t[0] >= 'a' && t[0] <= 'z');
}

// A short capitalised name: an outlet or a place in a dateline.
bool IsNameLike(std::string_view t, size_t max_words) {
  std::vector<std::string_view> words = SplitWords(t);
  if (words.empty() || words.size() > max_words || t.size() > 40 || EndsWithAny(t, ".,;:!?"))
    return false;
  for (std::string_view w : words) {
    if (!IsAsciiUpper(w[0]) && static_cast<unsigned char>(w[0]) < 0x80) return false;
  }
  return true;
}

std::string CanonicalOutlet(std::string_view name) {
  const OutletInfo* o = FindOutletByName(name);
  return o != nullptr ? std::string(o->name) : std::string(TrimSpace(name));
}

bool IsAmerican(std::string_view outlet) {
  const OutletInfo* o = FindOutletByName(outlet);
  return o != nullptr && o->american;
}

// Segments of a header line split at " – ", " — ", " - " and " | ".
std::vector<std::string_view> HeaderSegments(std::string_view t) {
  static constexpr std::string_view kSeps[] = {" \xE2\x80\x93 ", " \xE2\x80\x94 ", " - ", " | "};
  std::vector<std::string_view> out;
  size_t b = 0;
  for (size_t i = 0; i < t.size();) {
    size_t len = 0;
    for (std::string_view sep : kSeps) {
      if (t.substr(i, sep.size()) == sep) len = sep.size();
    }
    if (len == 0) {
      ++i;
      continue;
    }
    out.push_back(TrimSpace(t.substr(b, i - b)));
    i += len;
    b = i;
  }
  out.push_back(TrimSpace(t.substr(b)));
  return out;
}

// The text of `t` from the start of segment `first` to the end of `last`.
std::string_view SegmentRange(std::string_view t, std::string_view first, std::string_view last) {
  size_t b = static_cast<size_t>(first.data() - t.data());
  size_t e = static_cast<size_t>(last.data() + last.size() - t.data());
  return t.substr(b, e - b);
}

// "Title – DW – 10/07/2024", "Title | Reuters". Returns true iff `t` is
// such a line; fills the header.
bool ReadHeaderLine(std::string_view t, bool day_first, TextHeader& h) {
  if (t.size() > 400) return false;
  std::vector<std::string_view> seg = HeaderSegments(t);
  if (seg.size() < 2) return false;
  for (std::string_view s : seg) {
    if (s.empty()) return false;
  }
  std::string_view last = seg.back();
  size_t title_end = seg.size() - 1;  // segments [0, title_end) form the title
  std::string outlet;
  // The outlet segment, before the date or last.
  auto outlet_at = [&](size_t k) -> bool {
    if (k == 0) return false;  // the title comes first
    const OutletInfo* known = FindOutletByName(seg[k]);
    if (known == nullptr && !IsNameLike(seg[k], 5)) return false;
    outlet = CanonicalOutlet(seg[k]);
    return true;
  };
  std::string date;
  if (seg.size() >= 3 && outlet_at(seg.size() - 2)) {
    date = ParseDate(last, day_first && !IsAmerican(outlet));
    if (date.empty()) return false;
    title_end = seg.size() - 2;
  } else {
    date = ParseDate(last, day_first);
    if (date.empty()) {
      if (FindOutletByName(last) == nullptr) return false;
      outlet = CanonicalOutlet(last);
    }
  }
  std::string_view title = SegmentRange(t, seg[0], seg[title_end - 1]);
  if (!IsTitleLike(title)) return false;
  h.title = std::string(title);
  h.title_source = FieldSource::kHeaderLine;
  if (!outlet.empty()) {
    h.outlet = outlet;
    h.outlet_source = FieldSource::kHeaderLine;
  }
  if (!date.empty()) {
    h.published = date;
    h.published_source = FieldSource::kHeaderLine;
    h.published_evidence = std::string(last);
  }
  return true;
}

// "Jul 31, 2024", "By Jane Doe | July 10, 2024", "Updated 10 July 2024".
// Returns true iff the line is a date or byline line; fills the header.
bool ReadDateOrBylineLine(std::string_view t, bool day_first, TextHeader& h) {
  if (t.size() > 160) return false;
  std::string date = ParseDate(t, day_first);
  std::string byline;
  if (date.empty()) {
    // Segments split at "|", "•", "·".
    std::vector<std::string_view> parts;
    size_t b = 0;
    for (size_t i = 0; i <= t.size(); ++i) {
      bool sep = i == t.size() || t[i] == '|' || t.substr(i, 3) == "\xE2\x80\xA2" ||
                 t.substr(i, 2) == "\xC2\xB7";
      if (!sep) continue;
      parts.push_back(TrimSpace(t.substr(b, i - b)));
      i += i < t.size() && t[i] != '|' ? (t.substr(i, 3) == "\xE2\x80\xA2" ? 2 : 1) : 0;
      b = i + 1;
    }
    for (std::string_view p : parts) {
      if (date.empty()) date = ParseDate(p, day_first);
      if (StartsWithIgnoreCase(p, "by ") && IsNameLike(TrimSpace(p.substr(3)), 8))
        byline = std::string(TrimSpace(p.substr(3)));
    }
    if (date.empty() && byline.empty()) {
      // "By Jane Doe and John Roe" alone.
      if (StartsWithIgnoreCase(t, "by ") && t.size() <= 100 && !EndsWithAny(t, ".") &&
          CountWords(t) <= 10) {
        byline = std::string(TrimSpace(t.substr(3)));
      }
    }
  }
  if (date.empty() && byline.empty()) return false;
  if (!date.empty() && h.published.empty()) {
    h.published = date;
    h.published_source = FieldSource::kHeaderLine;
    h.published_evidence = std::string(t);
  }
  if (!byline.empty() && h.byline.empty()) h.byline = byline;
  return true;
}

// "WASHINGTON (Reuters) - ...": the wire dateline opening a first paragraph.
std::string WireDatelineOutlet(std::string_view t) {
  size_t i = 0, caps = 0;
  while (i < t.size() && (IsAsciiUpper(t[i]) || t[i] == ' ' || t[i] == ',' || t[i] == '.' ||
                          t[i] == '\'' || t[i] == '-')) {
    caps += IsAsciiUpper(t[i]) ? 1 : 0;
    ++i;
  }
  if (caps < 3 || i == 0 || t[i - 1] != ' ' || i >= t.size() || t[i] != '(') return "";
  size_t close = t.find(')', i);
  if (close == std::string_view::npos || close - i > 32) return "";
  std::string_view name = TrimSpace(t.substr(i + 1, close - i - 1));
  std::string_view after = TrimSpace(t.substr(close + 1));
  bool dash = after.substr(0, 1) == "-" || after.substr(0, 3) == "\xE2\x80\x93" ||
              after.substr(0, 3) == "\xE2\x80\x94";
  if (!dash || !IsNameLike(name, 4)) return "";
  return CanonicalOutlet(name);
}

}  // namespace

bool IsProseLine(std::string_view line) {
  std::string_view t = TrimSpace(line);
  if (t.size() < 40) return false;
  bool ends =
      EndsWithAny(t, ".!?\"')") || (t.size() >= 3 && (t.substr(t.size() - 3) == "\xE2\x80\x9D" ||
                                                      t.substr(t.size() - 3) == "\xE2\x80\x99"));
  return ends && (t.size() >= 80 || CountWords(t) >= 12);
}

TextHeader ReadTextHeader(const std::vector<std::string_view>& lines,
                          const std::vector<LineKind>& kinds, bool day_first) {
  TextHeader h;
  // The header zone: non-blank lines before the first prose line.
  std::vector<size_t> zone;
  size_t prose = lines.size();
  for (size_t i = 0; i < lines.size() && zone.size() < kMaxHeaderLines; ++i) {
    std::string_view t = TrimSpace(lines[i]);
    if (t.empty()) continue;
    size_t credit = CreditSuffixStart(t);  // "... autumn. Photo: AFP" is prose
    if (kinds[i] == LineKind::kText &&
        IsProseLine(credit == std::string_view::npos ? t : t.substr(0, credit))) {
      prose = i;
      break;
    }
    zone.push_back(i);
  }
  std::vector<bool> used(lines.size(), false);
  auto text_line = [&](size_t z) { return kinds[zone[z]] == LineKind::kText && !used[zone[z]]; };
  size_t title_line = lines.size();
  auto mark = [&](size_t line) {
    used[line] = true;
    h.metadata_lines.push_back(line);
  };

  // Dateline blocks: [place] / outlet / dash.
  for (size_t z = 1; z < zone.size(); ++z) {
    if (!IsDashLine(TrimSpace(lines[zone[z]])) || !text_line(z - 1)) continue;
    std::string_view outlet = TrimSpace(lines[zone[z - 1]]);
    if (!IsNameLike(outlet, 4)) continue;
    if (h.outlet.empty()) {
      h.outlet = CanonicalOutlet(outlet);
      h.outlet_source = FieldSource::kHeaderLine;
    }
    mark(zone[z]);
    mark(zone[z - 1]);
    if (z >= 2 && text_line(z - 2) && IsNameLike(TrimSpace(lines[zone[z - 2]]), 4))
      mark(zone[z - 2]);
  }

  // The one-line header "Title – Outlet – Date", on the first text line.
  for (size_t z = 0; z < zone.size(); ++z) {
    if (!text_line(z)) continue;
    TextHeader tmp = h;
    if (ReadHeaderLine(TrimSpace(lines[zone[z]]), day_first, tmp)) {
      tmp.metadata_lines.push_back(zone[z]);
      used[zone[z]] = true;
      title_line = zone[z];
      h = std::move(tmp);
    }
    break;
  }

  // Date and byline lines; a title line just before the first date line.
  bool local_day_first = day_first && !IsAmerican(h.outlet);
  for (size_t z = 0; z < zone.size(); ++z) {
    if (!text_line(z)) continue;
    bool had_date = !h.published.empty();
    if (!ReadDateOrBylineLine(TrimSpace(lines[zone[z]]), local_day_first, h)) continue;
    mark(zone[z]);
    if (!had_date && !h.published.empty() && h.title.empty()) {
      for (size_t k = z; k-- > 0;) {
        if (kinds[zone[k]] != LineKind::kText) continue;  // furniture between
        if (!used[zone[k]] && IsTitleLike(TrimSpace(lines[zone[k]]))) {
          h.title = std::string(TrimSpace(lines[zone[k]]));
          h.title_source = FieldSource::kHeaderLine;
          title_line = zone[k];
          mark(zone[k]);
        }
        break;
      }
    }
  }

  // A bare title line: the first unused text line of three words or more
  // (shorter ones before it are kickers), when prose follows the header.
  if (h.title.empty() && prose < lines.size()) {
    for (size_t z = 0; z < zone.size(); ++z) {
      if (!text_line(z)) continue;
      std::string_view t = TrimSpace(lines[zone[z]]);
      if (IsTitleLike(t) && CountWords(t) >= 3) {
        h.title = std::string(t);
        h.title_source = FieldSource::kHeaderLine;
        title_line = zone[z];
        mark(zone[z]);
        break;
      }
    }
  }

  // Kickers: short unused text lines before the title line.
  if (title_line < lines.size()) {
    for (size_t z = 0; z < zone.size() && zone[z] < title_line; ++z) {
      std::string_view t = TrimSpace(lines[zone[z]]);
      if (text_line(z) && CountWords(t) <= 5 && !EndsWithAny(t, ".!?")) {
        used[zone[z]] = true;
        h.kicker_lines.push_back(zone[z]);
      }
    }
  }

  // The wire dateline in the first paragraph.
  if (prose < lines.size()) h.dateline_outlet = WireDatelineOutlet(TrimSpace(lines[prose]));
  std::sort(h.metadata_lines.begin(), h.metadata_lines.end());
  return h;
}

}  // namespace dyad::extract
