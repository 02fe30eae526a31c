// POST /api/ingest (see routes_ingest.h). The posted articles are written
// as JSON Lines to a private temporary file that RunIngest reads, so the
// API ingests exactly as `dyad ingest file.jsonl` does (same extraction,
// ids, re-ingest detection); the file is the source recorded with them.
#include "serve/routes_ingest.h"

#include <stdlib.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>

#include "cli/json_output.h"
#include "dyad/pipeline.h"
#include "serve/api.h"

namespace dyad::serve {
namespace {

using nlohmann::json;

// The posted articles as JSON Lines, or the reason they are not acceptable.
Result<std::string> ToJsonLines(const std::string& body) {
  json posted = json::parse(body, nullptr, /*allow_exceptions=*/false);
  if (posted.is_discarded()) return Status::InvalidArgument("the body is not JSON");
  if (posted.is_object()) posted = json::array({posted});
  if (!posted.is_array() || posted.empty())
    return Status::InvalidArgument("post an article object or a non-empty array of them");
  std::string lines;
  for (size_t i = 0; i < posted.size(); ++i) {
    const json& a = posted[i];
    const std::string where = "article " + std::to_string(i) + ": ";
    if (!a.is_object()) return Status::InvalidArgument(where + "not an object");
    json line = json::object();
    for (const char* field : {"id", "title", "text", "html", "outlet", "published", "url"}) {
      if (!a.contains(field)) continue;
      if (!a[field].is_string()) return Status::InvalidArgument(where + field + " is not a string");
      line[field] = a[field];
    }
    if (!line.contains("text") && !line.contains("html"))
      return Status::InvalidArgument(where + "has no \"text\" (or \"html\")");
    lines += line.dump(-1, ' ', false, json::error_handler_t::replace) + "\n";
  }
  return lines;
}

// Writes `lines` to a new private file; returns its path.
Result<std::string> WriteTemporary(const std::string& lines) {
  std::string path = (std::filesystem::temp_directory_path() / "dyad-api-ingest-XXXXXX.jsonl");
  int fd = ::mkstemps(path.data(), 6);
  if (fd < 0) return Status::IOError("cannot create a temporary file for the posted articles");
  bool ok = ::write(fd, lines.data(), lines.size()) == static_cast<ssize_t>(lines.size());
  ok = ::close(fd) == 0 && ok;
  if (!ok) {
    std::remove(path.c_str());
    return Status::IOError("cannot write the posted articles to " + path);
  }
  return path;
}

Reply Ingest(IngestTarget& t, const httplib::Request& req) {
  if (t.token.empty())
    return ErrorReply(403, "ingest is disabled: start dyad serve with --ingest-token");
  if (!BearerMatches(req.get_header_value("Authorization"), t.token))
    return ErrorReply(401, "ingest needs the header Authorization: Bearer <token>");
  auto lines = ToJsonLines(req.body);
  if (!lines.ok()) return StatusReply(lines.status());
  std::lock_guard<std::mutex> lock(t.mutex);
  auto path = WriteTemporary(*lines);
  if (!path.ok()) return StatusReply(path.status());
  IngestOptions options;
  options.threads = 1;
  options.coder = t.coder;
  options.coder_run = t.coder_run;
  auto summary = RunIngest({*path}, *t.store, options);
  std::remove(path->c_str());
  if (t.cache != nullptr) t.cache->Invalidate();
  if (!summary.ok()) return ErrorReply(500, summary.status().ToString());
  auto totals = t.store->Stats();
  if (!totals.ok()) return ErrorReply(500, totals.status().ToString());
  json j = cli::IngestSummaryJson(*summary, *totals);
  j["run"]["coded"] = t.coder != nullptr;
  j["run"]["copy_links"] = summary->copy_links;
  return Reply{200, std::move(j)};
}

}  // namespace

bool BearerMatches(const std::string& header, const std::string& token) {
  const std::string want = "Bearer " + token;
  if (token.empty() || header.size() != want.size()) return false;
  unsigned char diff = 0;
  for (size_t i = 0; i < want.size(); ++i) diff |= static_cast<unsigned char>(header[i] ^ want[i]);
  return diff == 0;
}

void AddIngestRoute(httplib::Server& http, IngestTarget* target) {
  http.Post(R"(/api/ingest)", [target](const httplib::Request& req, httplib::Response& res) {
    Reply reply = Ingest(*target, req);
    if (reply.status == 401) res.set_header("WWW-Authenticate", "Bearer");
    SendJson(reply, res);
  });
}

}  // namespace dyad::serve
