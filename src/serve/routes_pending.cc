// GET /api/stories... and /api/relations...: parts of the API whose store
// queries are not in this build yet (stories: issue 6, helper B; relations:
// helper C). They answer 404 with an error saying so, as the contract asks,
// until those land.
#include "serve/api.h"

namespace dyad::serve {

void AddPendingRoutes(Api& api) {
  api.http().Get(R"(/api/stories(/.*)?)", [](const httplib::Request&, httplib::Response& res) {
    SendJson(ErrorReply(404, "stories are not stored by this dyad yet (issue 6)"), res);
  });
  api.http().Get(R"(/api/relations(/.*)?)", [](const httplib::Request&, httplib::Response& res) {
    SendJson(ErrorReply(404, "the relations query is not in this dyad yet"), res);
  });
}

}  // namespace dyad::serve
