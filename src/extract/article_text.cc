// Article text assembly shared by the HTML and plain-text extractors (see
// article_text.h).
#include "extract/article_text.h"

#include "dyad/text.h"
#include "extract/string_util.h"

namespace dyad::extract {

void AppendParagraph(Article& article, std::string_view paragraph, Span raw) {
  std::string_view trimmed = TrimSpace(paragraph);
  if (trimmed.empty()) return;
  std::string normalized = NormalizeNfc(trimmed);
  if (!article.text.empty()) article.text += "\n\n";
  Paragraph p;
  p.span.begin = static_cast<uint32_t>(article.text.size());
  article.text += normalized;
  p.span.end = static_cast<uint32_t>(article.text.size());
  p.raw = raw;
  article.paragraphs.push_back(p);
}

void RecordBoilerplate(Article& article, std::string_view dropped) {
  std::string_view t = TrimSpace(dropped);
  if (t.empty()) return;
  ++article.boilerplate_blocks;
  article.boilerplate_chars += CountCodePoints(t);
  if (article.boilerplate_sample.size() < 8) {
    article.boilerplate_sample.emplace_back(CutUtf8(t, 80));
  }
}

std::string TitleFromFirstSentence(std::string_view paragraph) {
  std::string text = CollapseSpace(paragraph);
  std::string_view s = text;
  // The first sentence: up to ". ", "? " or "! " after at least 20 bytes.
  for (size_t i = 20; i + 1 < s.size(); ++i) {
    if ((s[i] == '.' || s[i] == '?' || s[i] == '!') && s[i + 1] == ' ') {
      // Not after a single capital (an initial, "U.S.").
      if (s[i] == '.' && i >= 2 && IsAsciiUpper(s[i - 1]) && (s[i - 2] == ' ' || s[i - 2] == '.'))
        continue;
      s = s.substr(0, i + 1);
      break;
    }
  }
  constexpr size_t kMax = 100;
  if (s.size() <= kMax) return std::string(s);
  std::string_view cut = CutUtf8(s, kMax);
  size_t space = cut.rfind(' ');
  if (space != std::string_view::npos && space > kMax / 2) cut = cut.substr(0, space);
  while (!cut.empty() && (cut.back() == ',' || cut.back() == ';' || cut.back() == ':'))
    cut.remove_suffix(1);
  return std::string(cut) + "\xE2\x80\xA6";
}

}  // namespace dyad::extract
