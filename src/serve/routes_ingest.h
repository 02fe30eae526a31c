// Internal to serve: POST /api/ingest: articles posted as JSON (one object
// {"title","text","outlet","published","url"} or an array of them) go
// through the whole ingest pipeline (RunIngest: extraction, quotes, coding,
// copies) into the store. Refused with 403 unless the server has an ingest
// token; then the request needs "Authorization: Bearer <token>" (401
// otherwise). One ingest runs at a time; the response is the ingest
// summary, as `dyad ingest --json` prints it.
#ifndef DYAD_SERVE_ROUTES_INGEST_H_
#define DYAD_SERVE_ROUTES_INGEST_H_

#include <httplib.h>

#include <memory>
#include <mutex>
#include <string>

#include "dyad/coding.h"
#include "dyad/store.h"
#include "serve/response_cache.h"

namespace dyad::serve {

struct IngestTarget {
  std::string token;             // "" = ingest disabled
  Store* store = nullptr;        // read-write; REQUIRES: set when token is
  const Coder* coder = nullptr;  // nullptr: store uncoded
  CoderRun coder_run;
  ResponseCache* cache = nullptr;  // emptied after each ingest
  std::mutex mutex;                // one ingest at a time
};

void AddIngestRoute(httplib::Server& http, IngestTarget* target);

// Returns true iff `header` is "Bearer <token>" (compared in constant time).
bool BearerMatches(const std::string& header, const std::string& token);

}  // namespace dyad::serve

#endif  // DYAD_SERVE_ROUTES_INGEST_H_
