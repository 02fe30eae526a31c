// Loading and running the article-extraction benchmark (see
// main_text_benchmark.h).
#include "extract/main_text_benchmark.h"

#include <gumbo.h>
#include <zlib.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "dyad/text.h"

namespace dyad::extract {
namespace {

namespace fs = std::filesystem;

bool Gunzip(const fs::path& path, std::string& out) {
  gzFile f = gzopen(path.c_str(), "rb");
  if (f == nullptr) return false;
  char buf[1 << 16];
  int n;
  while ((n = gzread(f, buf, sizeof buf)) > 0) out.append(buf, static_cast<size_t>(n));
  bool ok = n == 0;
  gzclose(f);
  return ok;
}

// The charset a page declares in its first bytes ("charset=..."), lowercased;
// "" when none. A byte prescan, as the HTML standard's encoding sniffing does.
std::string DeclaredCharset(const std::string& html) {
  std::string head = html.substr(0, 4096);
  std::transform(head.begin(), head.end(), head.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  size_t at = head.find("charset=");
  if (at == std::string::npos) return "";
  at += 8;
  while (at < head.size() && (head[at] == '"' || head[at] == '\'' || head[at] == ' ')) ++at;
  size_t end = at;
  while (end < head.size() && (std::isalnum(static_cast<unsigned char>(head[end])) ||
                               head[end] == '-' || head[end] == '_'))
    ++end;
  return head.substr(at, end - at);
}

void AppendUtf8(uint32_t cp, std::string& out) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

std::string FromWindows1252(const std::string& in) {
  // windows-1252 0x80..0x9F (0 = undefined, kept as the C1 code point).
  static const uint16_t kHigh[32] = {
      0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
      0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
      0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};
  std::string out;
  out.reserve(in.size() + in.size() / 8);
  for (unsigned char c : in) {
    uint32_t cp = c;
    if (c >= 0x80 && c < 0xA0 && kHigh[c - 0x80] != 0) cp = kHigh[c - 0x80];
    AppendUtf8(cp, out);
  }
  return out;
}

}  // namespace

std::string PageToUtf8(std::string bytes) {
  std::string charset = DeclaredCharset(bytes);
  bool latin = charset == "iso-8859-1" || charset == "windows-1252" || charset == "latin1" ||
               charset == "latin-1" || charset == "us-ascii" || charset == "cp1252";
  if (latin || (charset.empty() && !IsValidUtf8(bytes))) return FromWindows1252(bytes);
  RepairUtf8(bytes);
  return bytes;
}

Result<std::vector<BenchmarkPage>> LoadBenchmark(const std::string& dir) {
  const fs::path root(dir);
  std::ifstream truth_file(root / "ground-truth.json");
  if (!truth_file) return Status::NotFound((root / "ground-truth.json").string());
  nlohmann::json truth = nlohmann::json::parse(truth_file, nullptr, false);
  if (truth.is_discarded() || !truth.is_object())
    return Status::Corruption((root / "ground-truth.json").string() + ": not a JSON object");
  std::vector<BenchmarkPage> pages;
  for (const auto& [hash, entry] : truth.items()) {
    BenchmarkPage page{hash, "", ""};
    if (entry.is_object()) {
      auto body = entry.find("articleBody");
      if (body != entry.end() && body->is_string()) page.truth = body->get<std::string>();
    }
    std::string raw;
    fs::path path = root / "html" / (hash + ".html.gz");
    if (!Gunzip(path, raw)) return Status::IOError(path.string() + ": cannot read or gunzip");
    page.html = PageToUtf8(std::move(raw));
    pages.push_back(std::move(page));
  }
  std::sort(pages.begin(), pages.end(),
            [](const BenchmarkPage& a, const BenchmarkPage& b) { return a.hash < b.hash; });
  return pages;
}

std::string JoinParagraphs(const MainText& main) {
  std::string text;
  for (const std::string& p : main.paragraphs) {
    if (!text.empty()) text += '\n';
    text += p;
  }
  return text;
}

std::string ExtractMainTextForBenchmark(const std::string& html) {
  GumboOutput* output = gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size());
  std::string text = JoinParagraphs(FindMainText(output->root));
  gumbo_destroy_output(&kGumboDefaultOptions, output);
  return text;
}

}  // namespace dyad::extract
