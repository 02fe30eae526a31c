// FindMainText (see main_text.h): flatten the page into text blocks
// (main_text_dom), score containers and pick the article region
// (main_text_rank), keep the region's article blocks (main_text_select).
// When the page's JSON-LD articleBody is much longer than what the DOM gave
// (the body is rendered by scripts), that body is the main text instead.
#include "extract/main_text.h"

#include <string>

#include "extract/main_text_dom.h"
#include "extract/main_text_jsonld.h"
#include "extract/main_text_rank.h"
#include "extract/main_text_select.h"

namespace dyad::extract {
namespace {

constexpr size_t kMaxSamples = 8;
constexpr size_t kSampleBytes = 80;
// JSON-LD wins when the DOM text is under this share of its articleBody.
constexpr double kJsonLdShare = 0.5;
constexpr size_t kMinJsonLdBytes = 400;

// `s` cut to at most `max` bytes at a UTF-8 character boundary.
std::string CutUtf8(const std::string& s, size_t max) {
  if (s.size() <= max) return s;
  size_t end = max;
  while (end > 0 && (static_cast<unsigned char>(s[end]) & 0xC0) == 0x80) --end;
  return s.substr(0, end);
}

}  // namespace

MainText FindMainText(const GumboNode* root) {
  MainText out;
  PageDom dom = FlattenPage(root);
  std::vector<ElementStats> stats = ComputeStats(dom);
  ArticleRegion region = FindArticleRegion(dom, stats);
  std::vector<bool> keep = SelectArticleBlocks(dom, stats, region);
  out.boilerplate_blocks = dom.skipped_blocks;
  out.boilerplate_chars = dom.skipped_bytes;
  for (size_t b = 0; b < dom.blocks.size(); ++b) {
    TextBlock& block = dom.blocks[b];
    if (keep[b]) {
      out.paragraphs.push_back(std::move(block.text));
      continue;
    }
    ++out.boilerplate_blocks;
    out.boilerplate_chars += block.text.size();
    if (out.boilerplate_sample.size() < kMaxSamples)
      out.boilerplate_sample.push_back(CutUtf8(block.text, kSampleBytes));
  }
  if (!dom.json_ld.empty()) {
    size_t dom_bytes = 0;
    for (const std::string& p : out.paragraphs) dom_bytes += p.size();
    std::string body = JsonLdArticleBody(dom.json_ld);
    if (body.size() >= kMinJsonLdBytes && double(dom_bytes) < kJsonLdShare * double(body.size()))
      out.paragraphs = SplitArticleBody(body);
  }
  return out;
}

}  // namespace dyad::extract
