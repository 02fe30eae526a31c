// SourceContext: see source_context.h. Also InputProblem::ToString, the one
// place a problem is phrased for people.
#include "ingest/source_context.h"

#include <string>
#include <utility>

#include "ingest/charset.h"

namespace dyad {

std::string InputProblem::ToString() const {
  std::string out = source;
  if (!locator.empty()) {
    out += ", ";
    out += locator;
  }
  out += ": ";
  out += message;
  return out;
}

namespace ingest {

void SourceContext::Reject(std::string_view locator, std::string_view message) {
  InputProblem p;
  p.kind = InputProblem::Kind::kRejected;
  p.source = source_;
  p.locator = std::string(locator);
  p.message = std::string(message);
  visitor_.OnProblem(p);
}

void SourceContext::Deliver(RawDocument doc, std::string_view transport_charset,
                            uint64_t earlier_repairs) {
  EncodingOutcome outcome = NormalizeBodyEncoding(&doc.body, doc.type, transport_charset);
  outcome.repairs += earlier_repairs;
  doc.source = source_;
  doc.encoding_repairs = outcome.repairs;
  doc.converted_from = std::move(outcome.converted_from);
  if (outcome.repairs > 0) {
    InputProblem p;
    p.kind = InputProblem::Kind::kRepaired;
    p.source = source_;
    p.locator = doc.locator;
    p.message = std::to_string(outcome.repairs) +
                (outcome.repairs == 1 ? " invalid UTF-8 sequence" : " invalid UTF-8 sequences") +
                " replaced with U+FFFD";
    if (doc.converted_from.starts_with("unsupported:")) {
      p.message += " (charset " + doc.converted_from.substr(12) + " is not converted)";
    }
    visitor_.OnProblem(p);
  }
  ++delivered_;
  visitor_.OnDocument(std::move(doc));
}

void SourceContext::Progress() {
  uint64_t done = raw_ != nullptr ? raw_->raw_bytes_consumed() : 0;
  if (done == last_progress_) return;
  last_progress_ = done;
  visitor_.OnProgress(done, total_);
}

}  // namespace ingest
}  // namespace dyad
