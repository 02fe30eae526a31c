// Internal to extract: loading the article-extraction benchmark (gzipped
// pages named by hash, ground-truth.json with each page's articleBody) and
// scoring FindMainText on it. Shared by tools/eval_extraction and the
// regression test main_text_benchmark_test.cc.
#ifndef DYAD_EXTRACT_MAIN_TEXT_BENCHMARK_H_
#define DYAD_EXTRACT_MAIN_TEXT_BENCHMARK_H_

#include <string>
#include <vector>

#include "dyad/status.h"
#include "extract/main_text.h"
#include "extract/main_text_score.h"

namespace dyad::extract {

struct BenchmarkPage {
  std::string hash;   // the file name stem
  std::string html;   // UTF-8 (converted from windows-1252 when needed)
  std::string truth;  // the labelled articleBody
};

// Reads DIR/ground-truth.json and DIR/html/<hash>.html.gz, sorted by hash.
// Pages declaring ISO-8859-1/windows-1252, or undeclared and not valid UTF-8,
// are converted from windows-1252; others have bad UTF-8 repaired.
// Returns NotFound/IOError/Corruption naming the file at fault.
Result<std::vector<BenchmarkPage>> LoadBenchmark(const std::string& dir);

// Converts a page's bytes to UTF-8 as LoadBenchmark does.
std::string PageToUtf8(std::string bytes);

// The text the benchmark compares: FindMainText's paragraphs joined by "\n".
std::string JoinParagraphs(const MainText& main);

// Parses `html` with gumbo and returns JoinParagraphs(FindMainText(root)).
std::string ExtractMainTextForBenchmark(const std::string& html);

}  // namespace dyad::extract

#endif  // DYAD_EXTRACT_MAIN_TEXT_BENCHMARK_H_
