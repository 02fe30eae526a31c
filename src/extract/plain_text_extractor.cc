// ExtractPlainText (dyad/extract.h): an Article from a plain-text file.
//
// The text is cut into lines; each line is classified (text_boilerplate.h);
// the header (title, date, outlet, byline lines) is read and left out of the
// text (plain_text_header.h); a few rules that need context drop the comment
// section after "Leave a Reply" and the link list under "You might also
// like"; the lines that remain become paragraphs, each a verbatim byte range
// of the input. When the header names no outlet, a self-reference in the
// text ("Newsweek has contacted ... for comment") may.
#include <string>
#include <vector>

#include "dyad/extract.h"
#include "dyad/text.h"
#include "extract/article_text.h"
#include "extract/plain_text_header.h"
#include "extract/self_reference.h"
#include "extract/string_util.h"
#include "extract/text_boilerplate.h"

namespace dyad {
namespace {

using extract::LineKind;

enum class Fate : uint8_t { kKeep, kMetadata, kBoilerplate };

struct Line {
  size_t begin = 0;  // byte range in the input, without the line break
  size_t end = 0;
};

std::vector<Line> SplitLines(std::string_view s) {
  std::vector<Line> lines;
  size_t b = 0;
  while (b <= s.size()) {
    size_t e = s.find('\n', b);
    if (e == std::string_view::npos) e = s.size();
    size_t end = e;
    if (end > b && s[end - 1] == '\r') --end;
    lines.push_back({b, end});
    if (e == s.size()) break;
    b = e + 1;
  }
  return lines;
}

// Returns true iff the text is hard-wrapped: blank lines separate
// paragraphs and most non-blank lines sit in blocks of several short lines.
bool IsHardWrapped(const std::vector<std::string_view>& views) {
  size_t non_blank = 0, in_blocks = 0, longest = 0, run = 0;
  bool blank_seen = false;
  auto close_run = [&] {
    if (run >= 2) in_blocks += run;
    run = 0;
  };
  for (std::string_view v : views) {
    if (extract::TrimSpace(v).empty()) {
      blank_seen = true;
      close_run();
      continue;
    }
    ++non_blank;
    ++run;
    longest = std::max(longest, v.size());
  }
  close_run();
  return blank_seen && non_blank >= 3 && longest <= 100 && in_blocks * 10 >= non_blank * 6;
}

// A line that can be an entry of a related-links list: a short headline.
bool IsLinkLike(std::string_view t) {
  return !t.empty() && t.size() <= 150 && !extract::IsProseLine(t) && t.back() != '.';
}

bool SameName(std::string_view a, std::string_view b) {
  return !a.empty() && a.size() == b.size() && extract::StartsWithIgnoreCase(a, b);
}

// The outlet, from the strongest evidence (documented in dyad/extract.h):
// the header (kHeaderLine); the outlet naming itself in a "Follow <Outlet>"
// line, a footer or a "<Outlet> has contacted ... for comment" sentence
// (kSelfReference); the wire dateline (kVisibleText). A republication
// credit's origin ("originally published by <Origin>") is never the outlet.
void ChooseOutlet(const extract::TextHeader& header, const std::vector<std::string_view>& views,
                  const std::vector<LineKind>& kinds, const std::string& footer_name,
                  Article& article) {
  std::string origin, follow_name;
  for (size_t i = 0; i < views.size(); ++i) {
    if (kinds[i] == LineKind::kUpdateNote && origin.empty())
      origin = extract::RepublishedFrom(views[i]);
    if (kinds[i] == LineKind::kFollowUs && follow_name.empty())
      follow_name = extract::FollowLineName(views[i]);
  }
  auto usable = [&](const std::string& name) { return !name.empty() && !SameName(name, origin); };
  if (usable(header.outlet)) {
    article.outlet = header.outlet;
    article.outlet_source = header.outlet_source;
    return;
  }
  std::string self = follow_name;
  if (!usable(self)) self = footer_name;
  if (!usable(self)) self = extract::FindSelfReference(article.text);
  if (usable(self)) {
    article.outlet = self;
    article.outlet_source = FieldSource::kSelfReference;
    return;
  }
  if (usable(header.dateline_outlet)) {
    article.outlet = header.dateline_outlet;
    article.outlet_source = FieldSource::kVisibleText;
  }
}

}  // namespace

Result<Article> ExtractPlainText(std::string_view text, const ExtractOptions& options) {
  std::string repaired;
  std::string_view input = text;
  bool raw_offsets = true;
  if (!IsValidUtf8(text) || text.find('\0') != std::string_view::npos) {
    repaired = std::string(text);
    RepairUtf8(repaired);
    input = repaired;
    raw_offsets = false;  // offsets into the repaired copy are not the caller's
  }
  if (extract::TrimSpace(input).empty()) {
    return Status::InvalidArgument("plain-text document has no text");
  }

  std::vector<Line> lines = SplitLines(input);
  std::vector<std::string_view> views;
  std::vector<LineKind> kinds;
  // CreditSuffixStart of each kText line, as the classifier found it.
  std::vector<size_t> credits(lines.size(), std::string_view::npos);
  views.reserve(lines.size());
  kinds.reserve(lines.size());
  for (size_t i = 0; i < lines.size(); ++i) {
    views.push_back(input.substr(lines[i].begin, lines[i].end - lines[i].begin));
    kinds.push_back(extract::ClassifyLine(views.back(), &credits[i]));
  }
  extract::TextHeader header = extract::ReadTextHeader(views, kinds, options.day_first_dates);

  std::vector<Fate> fate(lines.size(), Fate::kKeep);
  for (size_t i : header.metadata_lines) fate[i] = Fate::kMetadata;
  for (size_t i : header.kicker_lines) fate[i] = Fate::kBoilerplate;

  for (size_t i = 0; i < lines.size(); ++i) {
    if (fate[i] != Fate::kKeep || kinds[i] == LineKind::kText) continue;
    fate[i] = Fate::kBoilerplate;
    if (kinds[i] == LineKind::kCommentHeading && lines[i].begin * 2 >= input.size()) {
      // The comment section of the page: everything after its heading.
      for (size_t j = i + 1; j < lines.size(); ++j) fate[j] = Fate::kBoilerplate;
      break;
    }
    if (kinds[i] == LineKind::kRelatedHeading) {
      // The headlines listed under it, up to the next line of prose.
      for (size_t j = i + 1; j < lines.size(); ++j) {
        std::string_view t = extract::TrimSpace(views[j]);
        if (t.empty()) continue;
        if (fate[j] != Fate::kKeep || (kinds[j] == LineKind::kText && !IsLinkLike(t))) break;
        fate[j] = Fate::kBoilerplate;
      }
    }
  }

  // A footer: the last line of the document, after the trailing furniture
  // ("Follow us on ..."), that opens with a name ("Northgate Courier.
  // Serving the valley since 1911."). It names the outlet.
  std::string footer_name;
  size_t last_line = lines.size();
  while (last_line > 0 && extract::TrimSpace(views[last_line - 1]).empty()) --last_line;
  if (last_line > 0 && fate[last_line - 1] == Fate::kKeep) {
    size_t prev = last_line - 1;
    while (prev > 0 && extract::TrimSpace(views[prev - 1]).empty()) --prev;
    if (prev > 0 && fate[prev - 1] == Fate::kBoilerplate) {
      footer_name = extract::FooterLineName(views[last_line - 1]);
      if (!footer_name.empty()) fate[last_line - 1] = Fate::kBoilerplate;
    }
  }

  Article article;
  article.title = header.title;
  article.title_source = header.title_source;
  article.published = header.published;
  article.published_source = header.published_source;
  article.published_evidence = header.published_evidence;
  article.byline = header.byline;

  // Paragraphs: one per kept line, or one per run of kept lines when the
  // text is hard-wrapped.
  const bool wrapped = IsHardWrapped(views);
  size_t i = 0;
  while (i < lines.size()) {
    std::string_view t = extract::TrimSpace(views[i]);
    if (fate[i] == Fate::kBoilerplate) extract::RecordBoilerplate(article, t);
    if (fate[i] != Fate::kKeep || t.empty()) {
      ++i;
      continue;
    }
    size_t last = i;
    if (wrapped) {
      while (last + 1 < lines.size() && fate[last + 1] == Fate::kKeep &&
             !extract::TrimSpace(views[last + 1]).empty())
        ++last;
    }
    size_t begin = static_cast<size_t>(t.data() - input.data());
    std::string_view last_view = extract::TrimSpace(views[last]);
    size_t end = static_cast<size_t>(last_view.data() + last_view.size() - input.data());
    std::string_view para = input.substr(begin, end - begin);
    // A photo credit glued to the end of a paragraph is cut off. A paragraph
    // of one kText line is the line the classifier trimmed and searched.
    size_t credit =
        last == i && kinds[i] == LineKind::kText ? credits[i] : extract::CreditSuffixStart(para);
    if (credit != std::string_view::npos) {
      extract::RecordBoilerplate(article, para.substr(credit));
      para = extract::TrimSpace(para.substr(0, credit));
      end = begin + para.size();
    }
    Span raw;
    if (raw_offsets) {
      raw.begin = static_cast<uint32_t>(begin);
      raw.end = static_cast<uint32_t>(end);
    }
    extract::AppendParagraph(article, para, raw);
    i = last + 1;
  }

  ChooseOutlet(header, views, kinds, footer_name, article);
  if (article.title.empty() && !article.paragraphs.empty()) {
    // No title line: a listing title from the first sentence (documented in
    // dyad/extract.h), marked as read from the visible text.
    article.title = extract::TitleFromFirstSentence(article.paragraphs[0].span.view(article.text));
    if (!article.title.empty()) article.title_source = FieldSource::kVisibleText;
  }
  article.title = NormalizeNfc(article.title);
  return article;
}

}  // namespace dyad
