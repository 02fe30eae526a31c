// eval_extraction: scores FindMainText on the article-extraction benchmark
// (../shared/peers/article-extraction: gzipped pages and ground-truth.json).
//
// For each page: gunzip, convert to UTF-8 (windows-1252 / ISO-8859-1 when the
// page says so or is not valid UTF-8, else repair), parse with gumbo, run
// FindMainText, join the paragraphs with "\n" and score against the labelled
// articleBody with the benchmark metric (extract/main_text_score.h). Prints
// the naive baseline's score first, then per-page P/R/F, the totals, and the
// extraction speed (MB of HTML per second, parse and FindMainText, no gzip).
//
// Usage: eval_extraction [--data DIR] [--dump DIR] [--quiet] [--explain HASH_PREFIX]
//   --explain   prints the candidates, region and blocks of the pages named
//   --dump DIR  writes DIR/<hash>.pred.txt and DIR/<hash>.true.txt
#include <gumbo.h>
#include <zlib.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "dyad/text.h"
#include "extract/main_text.h"
#include "extract/main_text_dom.h"
#include "extract/main_text_rank.h"
#include "extract/main_text_score.h"
#include "extract/main_text_select.h"

namespace fs = std::filesystem;
using dyad::extract::BenchmarkScore;
using dyad::extract::PageOverlap;

namespace {

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

std::string ToUtf8(std::string html) {
  std::string charset = DeclaredCharset(html);
  bool latin = charset == "iso-8859-1" || charset == "windows-1252" || charset == "latin1" ||
               charset == "latin-1" || charset == "us-ascii" || charset == "cp1252";
  if (latin || (charset.empty() && !dyad::IsValidUtf8(html))) return FromWindows1252(html);
  dyad::RepairUtf8(html);
  return html;
}

// The starting point: the text of every <p> outside nav/header/footer/aside.
void BaselineText(const GumboNode* node, std::string& out, bool in_p) {
  if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE) {
    if (in_p) out += node->v.text.text;
    return;
  }
  if (node->type != GUMBO_NODE_ELEMENT) return;
  switch (node->v.element.tag) {
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE: return;
    default: break;
  }
  bool p = node->v.element.tag == GUMBO_TAG_P;
  const GumboVector& kids = node->v.element.children;
  for (unsigned i = 0; i < kids.length; ++i)
    BaselineText(static_cast<const GumboNode*>(kids.data[i]), out, in_p || p);
  if (p && !in_p) out += '\n';
}

std::string Describe(const dyad::extract::DomElement& e) {
  std::string out = gumbo_normalized_tagname(e.tag);
  for (const char* name : {"id", "class"}) {
    const GumboAttribute* a = gumbo_get_attribute(&e.node->v.element.attributes, name);
    if (a != nullptr)
      out += std::string(" ") + name + "=\"" + std::string(a->value).substr(0, 60) + "\"";
  }
  return out;
}

// Prints how FindMainText saw one page: the best candidates, the region and
// every block with its fate (+ kept, - dropped).
void Explain(const GumboNode* root) {
  using namespace dyad::extract;
  PageDom dom = FlattenPage(root);
  std::vector<ElementStats> stats = ComputeStats(dom);
  ArticleRegion region = FindArticleRegion(dom, stats);
  std::vector<bool> keep = SelectArticleBlocks(dom, stats, region);
  std::vector<size_t> order;
  for (size_t i = 0; i < stats.size(); ++i)
    if (stats[i].candidate) order.push_back(i);
  std::sort(order.begin(), order.end(),
            [&](size_t a, size_t b) { return stats[a].score > stats[b].score; });
  for (size_t k = 0; k < std::min<size_t>(order.size(), 10); ++k) {
    size_t i = order[k];
    std::printf("  cand #%zu score=%.1f content=%.1f ld=%.2f bytes=%llu w=%d %s\n", i,
                stats[i].score, stats[i].content, stats[i].LinkDensity(),
                static_cast<unsigned long long>(stats[i].bytes), dom.elements[i].hints.weight,
                Describe(dom.elements[i]).c_str());
  }
  std::printf("  top #%d:", region.top);
  for (int32_t r : region.roots) std::printf(" #%d", r);
  std::printf("\n");
  for (size_t b = 0; b < dom.blocks.size(); ++b) {
    const TextBlock& block = dom.blocks[b];
    std::printf("  %c #%d %s | %s\n", keep[b] ? '+' : '-', block.owner,
                Describe(dom.elements[static_cast<size_t>(block.owner)]).c_str(),
                block.text.substr(0, 100).c_str());
  }
}

struct Page {
  std::string hash;
  std::string html;
  std::string truth;
};

}  // namespace

int main(int argc, char** argv) {
  fs::path data = fs::path(DYAD_SHARED_DIR) / "peers" / "article-extraction";
  fs::path dump;
  bool quiet = false;
  std::string explain;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--data" && i + 1 < argc) {
      data = argv[++i];
    } else if (arg == "--dump" && i + 1 < argc) {
      dump = argv[++i];
    } else if (arg == "--explain" && i + 1 < argc) {
      explain = argv[++i];
    } else if (arg == "--quiet") {
      quiet = true;
    } else {
      std::cerr
          << "usage: eval_extraction [--data DIR] [--dump DIR] [--quiet] [--explain HASH_PREFIX]\n";
      return 2;
    }
  }
  std::ifstream truth_file(data / "ground-truth.json");
  if (!truth_file) {
    std::cerr << "eval_extraction: cannot read " << (data / "ground-truth.json") << "\n";
    return 1;
  }
  nlohmann::json truth = nlohmann::json::parse(truth_file, nullptr, false);
  if (truth.is_discarded() || !truth.is_object()) {
    std::cerr << "eval_extraction: bad ground-truth.json\n";
    return 1;
  }
  std::vector<Page> pages;
  for (const auto& [hash, entry] : truth.items()) {
    Page page{hash, "", entry.value("articleBody", "")};
    std::string raw;
    if (!Gunzip(data / "html" / (hash + ".html.gz"), raw)) {
      std::cerr << "eval_extraction: cannot read page " << hash << "\n";
      return 1;
    }
    page.html = ToUtf8(std::move(raw));
    pages.push_back(std::move(page));
  }
  std::sort(pages.begin(), pages.end(),
            [](const Page& a, const Page& b) { return a.hash < b.hash; });
  if (!dump.empty()) fs::create_directories(dump);

  BenchmarkScore baseline, score;
  double parse_seconds = 0, find_seconds = 0, bytes = 0;
  for (const Page& page : pages) {
    bytes += static_cast<double>(page.html.size());
    auto t0 = std::chrono::steady_clock::now();
    GumboOutput* output =
        gumbo_parse_with_options(&kGumboDefaultOptions, page.html.data(), page.html.size());
    auto t1 = std::chrono::steady_clock::now();
    dyad::extract::MainText main = dyad::extract::FindMainText(output->root);
    auto t2 = std::chrono::steady_clock::now();
    parse_seconds += std::chrono::duration<double>(t1 - t0).count();
    find_seconds += std::chrono::duration<double>(t2 - t1).count();
    if (!explain.empty() && page.hash.compare(0, explain.size(), explain) == 0) {
      std::printf("%s\n", page.hash.c_str());
      Explain(output->root);
    }
    std::string base_text;
    BaselineText(output->root, base_text, false);
    gumbo_destroy_output(&kGumboDefaultOptions, output);

    std::string predicted;
    for (const std::string& p : main.paragraphs) {
      if (!predicted.empty()) predicted += '\n';
      predicted += p;
    }
    baseline.Add(dyad::extract::ScorePage(page.truth, base_text));
    PageOverlap overlap = dyad::extract::ScorePage(page.truth, predicted);
    score.Add(overlap);
    if (!quiet) {
      std::printf("%s P=%.3f R=%.3f F=%.3f\n", page.hash.substr(0, 12).c_str(), overlap.Precision(),
                  overlap.Recall(), overlap.F1());
    }
    if (!dump.empty()) {
      std::ofstream(dump / (page.hash + ".pred.txt")) << predicted << "\n";
      std::ofstream(dump / (page.hash + ".true.txt")) << page.truth << "\n";
    }
  }
  double mb = bytes / 1e6;
  std::printf("baseline  (all <p>):  P=%.4f R=%.4f F1=%.4f\n", baseline.Precision(),
              baseline.Recall(), baseline.F1());
  std::printf("FindMainText %zu pages: P=%.4f R=%.4f F1=%.4f\n", score.pages(), score.Precision(),
              score.Recall(), score.F1());
  std::printf(
      "speed: %.1f MB HTML; gumbo parse %.2f s (%.1f MB/s); FindMainText %.3f s "
      "(%.1f MB/s); together %.1f MB/s\n",
      mb, parse_seconds, mb / parse_seconds, find_seconds, mb / find_seconds,
      mb / (parse_seconds + find_seconds));
  return 0;
}
