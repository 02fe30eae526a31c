// JSON shapes of dyad's records (see json_output.h).
#include "cli/json_output.h"

namespace dyad::cli {

using nlohmann::json;

namespace {
json Field(const std::string& value, FieldSource source) {
  return json{{"value", value}, {"source", std::string(FieldSourceName(source))}};
}
}  // namespace

json ArticleJson(const Article& a) {
  json paragraphs = json::array();
  for (const Paragraph& p : a.paragraphs) {
    json j{{"begin", p.span.begin}, {"end", p.span.end}};
    if (p.raw.end > p.raw.begin) j["raw"] = {{"begin", p.raw.begin}, {"end", p.raw.end}};
    paragraphs.push_back(j);
  }
  json published = Field(a.published, a.published_source);
  published["evidence"] = a.published_evidence;
  return json{{"title", Field(a.title, a.title_source)},
              {"published", published},
              {"outlet", Field(a.outlet, a.outlet_source)},
              {"byline", a.byline},
              {"url", a.url},
              {"language", a.language},
              {"text", a.text},
              {"paragraphs", paragraphs},
              {"boilerplate",
               {{"blocks", a.boilerplate_blocks},
                {"chars", a.boilerplate_chars},
                {"sample", a.boilerplate_sample}}}};
}

json SummaryJson(const ArticleSummary& a) {
  return json{
      {"id", a.id},   {"title", a.title},         {"outlet", a.outlet}, {"published", a.published},
      {"url", a.url}, {"sentences", a.sentences}, {"chars", a.chars}};
}

json ProblemJson(const InputProblem& p) {
  return json{{"kind", p.kind == InputProblem::Kind::kRejected ? "rejected" : "repaired"},
              {"source", p.source},
              {"locator", p.locator},
              {"message", p.message}};
}

json IngestSummaryJson(const IngestSummary& s, const StoreStats& t) {
  json problems = json::array();
  for (const InputProblem& p : s.problems) problems.push_back(ProblemJson(p));
  return json{{"run",
               {{"documents", s.documents},
                {"bytes", s.bytes},
                {"articles_new", s.articles_new},
                {"articles_known", s.articles_known},
                {"rejected", s.rejected},
                {"repaired", s.repaired},
                {"sentences", s.sentences},
                {"outlets", s.outlets},
                {"first_published", s.first_published},
                {"last_published", s.last_published},
                {"boilerplate_blocks", s.boilerplate_blocks},
                {"boilerplate_chars", s.boilerplate_chars},
                {"seconds", s.seconds},
                {"problem_count", s.problem_count},
                {"problems", problems}}},
              {"store",
               {{"articles", t.articles},
                {"sentences", t.sentences},
                {"sources", t.sources},
                {"outlets", t.outlets},
                {"first_published", t.first_published},
                {"last_published", t.last_published},
                {"boilerplate_blocks", t.boilerplate_blocks},
                {"boilerplate_chars", t.boilerplate_chars}}}};
}

}  // namespace dyad::cli
