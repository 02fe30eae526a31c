// The article-extraction benchmark metric (see main_text_score.h).
#include "extract/main_text_score.h"

#include <utf8proc.h>

#include <algorithm>
#include <cstdint>
#include <unordered_map>

namespace dyad::extract {
namespace {

// True iff `cp` is a word character for Python's re on str: alphanumeric
// (letters of any case or kind, decimal/digit/numeric characters) or '_'.
bool IsWordCodePoint(int32_t cp) {
  if (cp < 0x80) {
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9') ||
           cp == '_';
  }
  switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_NL:
    case UTF8PROC_CATEGORY_NO: return true;
    default: return false;
  }
}

std::unordered_map<std::string, int> Shingles(std::string_view text) {
  constexpr size_t kN = 4;
  std::vector<std::string_view> tokens = WordTokens(text);
  std::unordered_map<std::string, int> counts;
  if (tokens.empty()) return counts;
  size_t count = tokens.size() >= kN ? tokens.size() - kN + 1 : 1;
  for (size_t i = 0; i < count; ++i) {
    std::string key;
    for (size_t k = i; k < std::min(i + kN, tokens.size()); ++k) {
      if (k > i) key += ' ';
      key += tokens[k];
    }
    ++counts[key];
  }
  return counts;
}

}  // namespace

std::vector<std::string_view> WordTokens(std::string_view text) {
  std::vector<std::string_view> tokens;
  const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
  size_t i = 0, start = std::string_view::npos;
  while (i < text.size()) {
    utf8proc_int32_t cp = -1;
    utf8proc_ssize_t len = utf8proc_iterate(bytes + i, text.size() - i, &cp);
    if (len <= 0) len = 1, cp = -1;
    bool word = cp >= 0 && IsWordCodePoint(cp);
    if (word && start == std::string_view::npos) start = i;
    if (!word && start != std::string_view::npos) {
      tokens.push_back(text.substr(start, i - start));
      start = std::string_view::npos;
    }
    i += static_cast<size_t>(len);
  }
  if (start != std::string_view::npos) tokens.push_back(text.substr(start));
  return tokens;
}

double PageOverlap::Precision() const {
  return tp + fp > 0 ? tp / (tp + fp) : 0;
}
double PageOverlap::Recall() const {
  return tp + fn > 0 ? tp / (tp + fn) : 0;
}
double PageOverlap::F1() const {
  double p = Precision(), r = Recall();
  return p + r > 0 ? 2 * p * r / (p + r) : 0;
}

PageOverlap ScorePage(std::string_view truth, std::string_view predicted) {
  std::unordered_map<std::string, int> want = Shingles(truth);
  std::unordered_map<std::string, int> got = Shingles(predicted);
  PageOverlap page;
  for (const auto& [key, n] : want) {
    auto it = got.find(key);
    int m = it == got.end() ? 0 : it->second;
    page.tp += std::min(n, m);
    page.fn += std::max(0, n - m);
  }
  for (const auto& [key, m] : got) {
    auto it = want.find(key);
    int n = it == want.end() ? 0 : it->second;
    page.fp += std::max(0, m - n);
  }
  double sum = page.tp + page.fp + page.fn;
  if (sum > 0) page.tp /= sum, page.fp /= sum, page.fn /= sum;
  return page;
}

void BenchmarkScore::Add(const PageOverlap& page) {
  ++pages_;
  tp_ += page.tp, fp_ += page.fp, fn_ += page.fn;
}

double BenchmarkScore::Precision() const {
  return tp_ + fp_ > 0 ? tp_ / (tp_ + fp_) : 0;
}
double BenchmarkScore::Recall() const {
  return tp_ + fn_ > 0 ? tp_ / (tp_ + fn_) : 0;
}
double BenchmarkScore::F1() const {
  double p = Precision(), r = Recall();
  return p + r > 0 ? 2 * p * r / (p + r) : 0;
}

}  // namespace dyad::extract
