// Internal to cli: the JSON shapes of dyad's records, shared by every
// subcommand's --json output (and later by the HTTP API).
#ifndef DYAD_CLI_JSON_OUTPUT_H_
#define DYAD_CLI_JSON_OUTPUT_H_

#include <nlohmann/json.hpp>

#include "dyad/extract.h"
#include "dyad/ingest.h"
#include "dyad/pipeline.h"
#include "dyad/store.h"

namespace dyad::cli {

// title, published, outlet, byline, url, language, each with its source;
// text and paragraphs; boilerplate counts and sample.
nlohmann::json ArticleJson(const Article& a);
nlohmann::json SummaryJson(const ArticleSummary& a);
nlohmann::json ProblemJson(const InputProblem& p);
nlohmann::json IngestSummaryJson(const IngestSummary& s, const StoreStats& totals);
// A stored event: date (ISO), actors with spans and entries, code, root,
// quad_class, goldstein, verb and sentence spans, the rule, flags, coder run;
// "sentence_text" when the event carries it.
// "made_by" is the rule that made it ("coder", "quote-attribution") and
// "quote" the ordinal of the quote it belongs to, or null.
nlohmann::json StoredEventJson(const StoredEvent& e);
// A stored quote: article, ordinal, date, text, rule, part_of, flags, the
// inner/outer/attribution spans, and the speaker (kind, name as written,
// canonical name, role, affiliation, actor code, mention and introduction
// spans).
nlohmann::json StoredQuoteJson(const StoredQuote& q);
// What the store holds (`dyad stats --json`, GET /api/stats).
nlohmann::json StoreStatsJson(const StoreStats& s);
// yyyymmdd as "YYYY-MM-DD"; "" for 0.
std::string IsoDay(int32_t yyyymmdd);

}  // namespace dyad::cli

#endif  // DYAD_CLI_JSON_OUTPUT_H_
