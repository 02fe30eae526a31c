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

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "dyad/extract.h"
#include "dyad/ingest.h"
#include "extract/main_text.h"
#include "extract/main_text_benchmark.h"
#include "extract/main_text_dom.h"
#include "extract/main_text_rank.h"
#include "extract/main_text_score.h"
#include "extract/main_text_select.h"

namespace fs = std::filesystem;
using dyad::extract::BenchmarkScore;
using dyad::extract::PageOverlap;

namespace {

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

}  // namespace

// The main text dyad stores for a page: the .html.gz read by the ingest
// module (its own charset handling) and extracted by ExtractArticle.
std::string ProductText(const fs::path& data, const dyad::extract::BenchmarkPage& page) {
  struct Collect : dyad::DocumentVisitor {
    std::vector<dyad::RawDocument> docs;
    void OnDocument(dyad::RawDocument d) override { docs.push_back(std::move(d)); }
    void OnProblem(const dyad::InputProblem&) override {}
  } c;
  dyad::ReadPaths({(data / "html" / (page.hash + ".html.gz")).string()}, dyad::ReaderOptions(), c);
  if (c.docs.size() != 1) return "";
  auto article = dyad::ExtractArticle(c.docs[0]);
  return article.ok() ? article->text : "";
}

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
  auto loaded = dyad::extract::LoadBenchmark(data.string());
  if (!loaded.ok()) {
    std::cerr << "eval_extraction: " << loaded.status().ToString() << "\n";
    return 1;
  }
  const std::vector<dyad::extract::BenchmarkPage>& pages = *loaded;
  if (!dump.empty()) fs::create_directories(dump);

  BenchmarkScore baseline, score, product;
  double parse_seconds = 0, find_seconds = 0, bytes = 0;
  for (const dyad::extract::BenchmarkPage& page : pages) {
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

    std::string predicted = dyad::extract::JoinParagraphs(main);
    product.Add(dyad::extract::ScorePage(page.truth, ProductText(data, page)));
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
  std::printf("as dyad ingests (ReadPaths + ExtractArticle) %zu pages: P=%.4f R=%.4f F1=%.4f\n",
              product.pages(), product.Precision(), product.Recall(), product.F1());
  std::printf(
      "speed: %.1f MB HTML; gumbo parse %.2f s (%.1f MB/s); FindMainText %.3f s "
      "(%.1f MB/s); together %.1f MB/s\n",
      mb, parse_seconds, mb / parse_seconds, find_seconds, mb / find_seconds,
      mb / (parse_seconds + find_seconds));
  return 0;
}
