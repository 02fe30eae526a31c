// ReadRelationWords and the JSON shape of a relations series
// (relation_json.h), shared by `dyad relations` and the HTTP API.
#include "cli/relation_json.h"

#include "cli/json_output.h"

namespace dyad::cli {
namespace {

constexpr const char* kQuadNames[] = {"verbal_cooperation", "material_cooperation",
                                      "verbal_conflict", "material_conflict"};

const char* BucketName(RelationBucket b) {
  return b == RelationBucket::kDay ? "day" : b == RelationBucket::kWeek ? "week" : "month";
}

const char* DirectionName(RelationDirection d) {
  return d == RelationDirection::kForward    ? "forward"
         : d == RelationDirection::kBackward ? "backward"
                                             : "both";
}

}  // namespace

Result<RelationQuery> ReadRelationWords(const RelationWords& w) {
  RelationQuery q;
  for (auto [name, actor] : {std::pair{&w.a, &q.a}, {&w.b, &q.b}}) {
    if (name->empty()) return Status::InvalidArgument("two actors are needed (a and b)");
    auto parsed = ParseRelationActor(*name);
    if (!parsed.ok()) return parsed.status();
    *actor = *parsed;
  }
  if (w.by == "day") {
    q.bucket = RelationBucket::kDay;
  } else if (w.by == "week") {
    q.bucket = RelationBucket::kWeek;
  } else if (w.by == "month") {
    q.bucket = RelationBucket::kMonth;
  } else {
    return Status::InvalidArgument("by must be day, week or month, not '" + w.by + "'");
  }
  if (w.direction == "both") {
    q.direction = RelationDirection::kBoth;
  } else if (w.direction == "forward") {
    q.direction = RelationDirection::kForward;
  } else if (w.direction == "backward") {
    q.direction = RelationDirection::kBackward;
  } else {
    return Status::InvalidArgument("direction must be both, forward or backward, not '" +
                                   w.direction + "'");
  }
  if (w.count == "sources") {
    q.count = RelationCount::kSources;
  } else if (w.count == "reports") {
    q.count = RelationCount::kReports;
  } else {
    return Status::InvalidArgument("count must be sources or reports, not '" + w.count + "'");
  }
  q.one_a_day = w.one_a_day;
  q.from = w.from;
  q.to = w.to;
  return q;
}

std::string RelationActorText(const RelationActor& a) {
  return a.code + (a.prefix ? "*" : "");
}

bool RelationActorMatches(const RelationActor& a, const std::string& code) {
  return a.prefix ? code.compare(0, a.code.size(), a.code) == 0 : code == a.code;
}

nlohmann::json RelationSeriesJson(const RelationQuery& q, const RelationSeries& s) {
  nlohmann::json points = nlohmann::json::array();
  for (const RelationPoint& p : s.points) {
    nlohmann::json j{{"bucket", p.label}, {"first", IsoDay(p.first)}, {"last", IsoDay(p.last)}};
    for (int i = 0; i < 4; ++i) j[kQuadNames[i]] = p.quad[i];
    j["total"] = p.total;
    j["goldstein_sum"] = p.goldstein_sum;
    j["goldstein_mean"] = p.goldstein_mean;
    points.push_back(std::move(j));
  }
  return nlohmann::json{{"a", RelationActorText(q.a)},
                        {"b", RelationActorText(q.b)},
                        {"direction", DirectionName(q.direction)},
                        {"by", BucketName(q.bucket)},
                        {"count", q.count == RelationCount::kReports ? "reports" : "sources"},
                        {"one_a_day", q.one_a_day},
                        {"reports_read", s.reports},
                        {"events_counted", s.counted},
                        {"points", std::move(points)}};
}

}  // namespace dyad::cli
