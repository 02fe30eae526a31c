// GET /api/health (is the server up, which version and schema) and
// GET /api/stats (what the store holds, as `dyad stats --json`, and the most
// active source/target pairs).
#include "cli/json_output.h"
#include "serve/api.h"
#include "serve/query_params.h"

namespace dyad::serve {

void AddHealthRoutes(Api& api) {
  api.Read(R"(/api/health)", [](Store&, const httplib::Request&) {
    return Reply{
        200,
        nlohmann::json{{"ok", true}, {"version", DYAD_VERSION}, {"schema", StoreSchemaVersion()}}};
  });
  api.Read(R"(/api/stats)", [](Store& store, const httplib::Request& req) {
    QueryParams params(req);
    const uint32_t dyads = params.Count("dyads", 10, 100);
    if (!params.ok()) return ErrorReply(400, params.error());
    auto stats = store.Stats();
    if (!stats.ok()) return StatusReply(stats.status());
    auto top = store.TopDyads(dyads);
    if (!top.ok()) return StatusReply(top.status());
    nlohmann::json j = cli::StoreStatsJson(*stats);
    j["top_dyads"] = nlohmann::json::array();
    for (const DyadCount& d : *top)
      j["top_dyads"].push_back({{"source", d.source}, {"target", d.target}, {"events", d.events}});
    return Reply{200, std::move(j)};
  });
}

}  // namespace dyad::serve
