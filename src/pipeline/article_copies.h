// Internal to pipeline: copy detection at ingest (dyad/provenance.h). A
// CopyLinker holds the CopyIndex of every article the store has a
// fingerprint for (warmed from the store at the start of an ingest, so
// articles ingested tomorrow link to today's); for each stored batch it
// fingerprints the new articles on the worker threads, then, in input order
// on the calling thread, adds each to the index, verifies its candidates
// with CompareArticles and stores fingerprints and links (PutCopyLinks).
// The result does not depend on the thread count or on how the input is
// split across runs.
#ifndef DYAD_PIPELINE_ARTICLE_COPIES_H_
#define DYAD_PIPELINE_ARTICLE_COPIES_H_

#include <cstdint>
#include <string>
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
  Store& store_;
  ProvenanceOptions options_;
  CopyIndex index_;
  std::vector<std::string> ids_;  // index id -> article id
  std::unordered_set<std::string> indexed_;
  QuoteLinker quotes_;
};

}  // namespace dyad::pipeline

#endif  // DYAD_PIPELINE_ARTICLE_COPIES_H_
