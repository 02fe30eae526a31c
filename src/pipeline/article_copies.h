// Internal to pipeline: copy detection at ingest (dyad/provenance.h). A
// CopyLinker holds the CopyIndex of every article the store has a
// fingerprint for (warmed from the store at the start of an ingest, so
// articles ingested tomorrow link to today's); for each stored batch it
// fingerprints the new articles on the worker threads, then, in input order
// on the calling thread, adds each to the index, verifies its candidates
// with CompareArticles and stores fingerprints and links (PutCopyLinks).
// A link reads from the copy to its source: the earlier-published article
// (ComparePublished) is the source, the earlier-ingested one on a tie. The
// result does not depend on the thread count or on how the input is split
// across runs.
#ifndef DYAD_PIPELINE_ARTICLE_COPIES_H_
#define DYAD_PIPELINE_ARTICLE_COPIES_H_

#include <cstdint>
#include <deque>
#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "dyad/provenance.h"
#include "dyad/status.h"
#include "dyad/store.h"
#include "pipeline/article_quote_links.h"

namespace dyad::pipeline {

class CopyLinker {
 public:
  CopyLinker(Store& store, const ProvenanceOptions& options);

  // Loads every stored fingerprint into the index, and the quotes of those
  // articles into the quote index.
  Status Warm();

  // Finds and stores the links of the articles of `batch` (already stored)
  // whose fingerprint is not stored yet (states[i].copies false), skipping
  // ids already indexed; and the links of their quotes to earlier articles'
  // quotes (QuoteLinker), an article pair whose linked quotes have
  // partial_min_words words in common and no other link becoming a
  // quote-shared copy link (rule "quotes-linked"). Returns the number of
  // copy links stored.
  Result<uint64_t> Link(const std::vector<ArticleRecord>& batch,
                        const std::vector<ArticleState>& states, unsigned threads);

 private:
  // An earlier article as verification reads it: from the store (then
  // owning its text) or from the batch (pointing into it).
  struct EarlierSide {
    std::string stored_text;
    std::unique_ptr<CopyText> own_text;
    const CopyText* text = nullptr;
    std::string outlet, published;
    std::vector<Span> quotes;  // sorted, not overlapping
  };
  // Earlier article `id` (an index id) read from the store, through a small
  // cache: in a flood of near-identical articles the same earlier ones are
  // every new article's candidates.
  Result<std::shared_ptr<const EarlierSide>> Earlier(uint32_t id);
  static constexpr size_t kCachedSides = 64;
  // Copy groups in memory (union-find over index ids, whole-article links),
  // for the rule that stops verifying members of a group the article is
  // already linked into (kMaxLinksIntoGroup in article_copies.cc).
  uint32_t GroupOf(uint32_t id);
  void JoinGroups(uint32_t a, uint32_t b);

  Store& store_;
  ProvenanceOptions options_;
  CopyIndex index_;
  std::vector<std::string> ids_;  // index id -> article id
  std::vector<uint32_t> words_;   // index id -> words (CopyFingerprint::words)
  std::vector<uint32_t> parent_;  // index id -> union-find parent
  std::unordered_map<uint32_t, std::shared_ptr<const EarlierSide>> cache_;
  std::deque<uint32_t> cache_order_;                    // oldest first
  std::unordered_map<std::string, uint32_t> index_of_;  // article id -> index id
  QuoteLinker quotes_;
};

}  // namespace dyad::pipeline

#endif  // DYAD_PIPELINE_ARTICLE_COPIES_H_
