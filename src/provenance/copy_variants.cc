// The copy edits of the provenance evaluation (see copy_variants.h).
#include "provenance/copy_variants.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <vector>

#include "dyad/text.h"
#include "provenance/synthetic_text.h"

namespace dyad::provenance {
namespace {

constexpr std::array<std::string_view, 5> kBefore = {
    "Home | World | Politics | Business | Opinion", "Menu Search Subscribe Sign in",
    "Advertisement", "Listen to this article · 4 min", "Share on Facebook Share on X Copy link"};
constexpr std::array<std::string_view, 6> kAfter = {
    "Sign up for our morning briefing and get the day's top stories in your inbox.",
    "Related: Five things to watch this week",
    "Read more: Markets open lower as investors wait for data",
    "© All rights reserved. This material may not be redistributed.",
    "Comments are closed.",
    "Most read: The quiet town that became a tourist magnet"};

std::vector<std::string_view> Paragraphs(std::string_view text) {
  std::vector<std::string_view> out;
  for (const Span& p : SplitParagraphs(text)) out.push_back(p.view(text));
  return out;
}

std::string Join(const std::vector<std::string>& parts) {
  std::string out;
  for (const std::string& p : parts) {
    if (!out.empty()) out += "\n\n";
    out += p;
  }
  return out;
}

size_t CountWords(std::string_view s) {
  size_t n = 0;
  for (const Token& t : Tokenize(s))
    n += t.kind == TokenKind::kWord || t.kind == TokenKind::kNumber;
  return n;
}

}  // namespace

std::string AddBoilerplate(std::string_view text, uint64_t seed) {
  SplitMix r(SplitMix(seed).Next());
  std::vector<std::string> parts;
  parts.emplace_back(kBefore[r.Below(kBefore.size())]);
  if (r.Below(2)) parts.emplace_back(kBefore[r.Below(kBefore.size())]);
  parts.emplace_back(text);
  parts.emplace_back(kAfter[r.Below(kAfter.size())]);
  parts.emplace_back(kAfter[r.Below(kAfter.size())]);
  return Join(parts);
}

std::string Syndicate(std::string_view text, std::string_view outlet, uint64_t seed) {
  SplitMix r(SplitMix(seed ^ 0x5151).Next());
  std::vector<std::string> paras;
  for (std::string_view p : Paragraphs(text)) paras.emplace_back(p);
  if (paras.empty()) return std::string(text);
  // Replace a wire dateline "CITY (Wire) — " by the new outlet's, or add one.
  std::string& first = paras.front();
  const size_t open = first.find(" (");
  const size_t close = first.find(") ");
  if (open != std::string::npos && close != std::string::npos && open < close && close < 60)
    first = first.substr(0, open) + " (" + std::string(outlet) + first.substr(close);
  else
    first = std::string(outlet) + " — " + first;
  if (paras.size() > 4 && r.Below(2)) paras.pop_back();
  return AddBoilerplate(Join(paras), seed);
}

std::string DeleteSentences(std::string_view text, double fraction, uint64_t seed) {
  SplitMix r(SplitMix(seed ^ 0xDE1E7E).Next());
  const std::vector<Span> paras = SplitParagraphs(text);
  const std::vector<Sentence> sentences = SplitSentences(text, paras, false);
  if (sentences.size() < 2) return std::string(text);
  std::vector<bool> drop(sentences.size());
  const size_t want = std::max<size_t>(1, static_cast<size_t>(fraction * sentences.size()));
  for (size_t n = 0; n < want;) {
    const size_t k = r.Below(sentences.size());
    if (!drop[k]) drop[k] = true, ++n;
  }
  std::vector<std::string> out(paras.size());
  for (size_t k = 0; k < sentences.size(); ++k) {
    if (drop[k]) continue;
    std::string& p = out[sentences[k].paragraph];
    if (!p.empty()) p += ' ';
    p += sentences[k].view(text);
  }
  std::erase_if(out, [](const std::string& p) { return p.empty(); });
  return Join(out);
}

std::string ReorderSentences(std::string_view text, uint64_t seed) {
  SplitMix r(SplitMix(seed ^ 0x0DE7).Next());
  const std::vector<Span> paras = SplitParagraphs(text);
  const std::vector<Sentence> sentences = SplitSentences(text, paras, false);
  std::vector<std::vector<std::string_view>> by_para(paras.size());
  for (const Sentence& s : sentences) by_para[s.paragraph].push_back(s.view(text));
  std::vector<std::string> out;
  for (auto& ss : by_para) {
    if (ss.size() >= 2) {
      const size_t k = r.Below(ss.size() - 1);
      std::swap(ss[k], ss[k + 1]);
    }
    std::string p;
    for (std::string_view s : ss) p += (p.empty() ? "" : " ") + std::string(s);
    if (!p.empty()) out.push_back(std::move(p));
  }
  if (out.size() >= 4 && r.Below(2)) {
    const size_t k = 1 + r.Below(out.size() - 2);
    std::swap(out[k], out[k + 1]);
  }
  return Join(out);
}

std::string PartialCopy(std::string_view source, std::string_view host, uint32_t paragraphs,
                        uint64_t seed) {
  SplitMix r(SplitMix(seed ^ 0x9A47).Next());
  const std::vector<std::string_view> src = Paragraphs(source);
  std::vector<std::string> out;
  for (std::string_view p : Paragraphs(host)) out.emplace_back(p);
  if (src.empty()) return std::string(host);
  const uint32_t n = std::min<uint32_t>(paragraphs, static_cast<uint32_t>(src.size()));
  // Starting points whose first paragraph has 25+ words, when there are any.
  std::vector<size_t> starts;
  for (size_t i = 0; i + n <= src.size(); ++i)
    if (CountWords(src[i]) >= 25) starts.push_back(i);
  const size_t start =
      starts.empty() ? r.Below(src.size() - n + 1) : starts[r.Below(starts.size())];
  const size_t at = out.empty() ? 0 : 1 + r.Below(out.size());
  out.insert(out.begin() + at, src.begin() + start, src.begin() + start + n);
  return Join(out);
}

std::string AddDays(std::string_view date, int days) {
  if (date.size() < 10) return std::string(date);
  using namespace std::chrono;
  const int y = std::atoi(std::string(date.substr(0, 4)).c_str());
  const unsigned m = std::atoi(std::string(date.substr(5, 2)).c_str());
  const unsigned d = std::atoi(std::string(date.substr(8, 2)).c_str());
  const year_month_day next{sys_days{year{y} / month{m} / day{d}} + std::chrono::days{days}};
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", int(next.year()), unsigned(next.month()),
                unsigned(next.day()));
  return buf;
}

}  // namespace dyad::provenance
