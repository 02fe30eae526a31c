// Internal to pipeline: the quote-attribution rule (see dyad/pipeline.h),
// applied to one sentence's events by CodeArticle.
#ifndef DYAD_PIPELINE_QUOTE_ATTRIBUTION_H_
#define DYAD_PIPELINE_QUOTE_ATTRIBUTION_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "dyad/coding.h"
#include "dyad/quotes.h"
#include "dyad/text.h"

namespace dyad::pipeline {

inline constexpr std::string_view kQuoteAttributionRule = "quote-attribution";

// An event with the quote it belongs to.
struct QuotedEvent {
  Event event;
  int32_t quote = -1;       // index into the article's quotes, -1 none
  bool attributed = false;  // made by the quote-attribution rule
};

// The events of sentence `s` (tokens with offsets into `text`), from the
// coder's own `coded` events: each linked to the attributed quote holding
// its verb, then the speakers' statements the rule adds. `quotes` are the
// article's, sorted by inner.begin. Deterministic.
std::vector<QuotedEvent> AttributeQuotes(const Coder& coder, std::string_view text,
                                         const Sentence& s, int32_t publication_date,
                                         std::vector<Event> coded,
                                         const std::vector<Quote>& quotes);

}  // namespace dyad::pipeline

#endif  // DYAD_PIPELINE_QUOTE_ATTRIBUTION_H_
