// JSON shapes of dyad's records (see json_output.h).
#include "cli/json_output.h"

#include <cstdio>

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
                {"events", s.events},
                {"quotes", s.quotes},
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
                {"events", t.events},
                {"coded_articles", t.coded_articles},
                {"quotes", t.quotes},
                {"quoted_articles", t.quoted_articles},
                {"speakers", t.speakers},
                {"statement_events", t.statement_events},
                {"outlets", t.outlets},
                {"first_published", t.first_published},
                {"last_published", t.last_published},
                {"boilerplate_blocks", t.boilerplate_blocks},
                {"boilerplate_chars", t.boilerplate_chars}}}};
}

json StoreStatsJson(const StoreStats& st) {
  return json{{"articles", st.articles},
              {"sentences", st.sentences},
              {"sources", st.sources},
              {"events", st.events},
              {"coded_articles", st.coded_articles},
              {"quotes", st.quotes},
              {"quoted_articles", st.quoted_articles},
              {"speakers", st.speakers},
              {"statement_events", st.statement_events},
              {"copy_links", st.copy_links},
              {"copy_groups", st.copy_groups},
              {"fingerprinted_articles", st.fingerprinted_articles},
              {"outlets", st.outlets},
              {"first_published", st.first_published},
              {"last_published", st.last_published},
              {"boilerplate_blocks", st.boilerplate_blocks},
              {"boilerplate_chars", st.boilerplate_chars},
              {"quote_links", st.quote_links},
              {"stories", st.stories},
              {"storied_articles", st.storied_articles}};
}

std::string IsoDay(int32_t d) {
  if (d <= 0) return "";
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d / 10000, d / 100 % 100, d % 100);
  return buf;
}

namespace {

json StoredActorJson(const StoredActor& a) {
  return json{{"code", a.code},      {"country", a.country},  {"agent", a.agent},
              {"name", a.name},      {"begin", a.span.begin}, {"end", a.span.end},
              {"entries", a.entries}};
}

}  // namespace

json StoredEventJson(const StoredEvent& e) {
  json j{{"article", e.article},
         {"ordinal", e.ordinal},
         {"sentence", e.sentence},
         {"date", IsoDay(e.date)},
         {"source", StoredActorJson(e.source)},
         {"code", e.code},
         {"root", e.root},
         {"quad_class", e.quad_class},
         {"goldstein", e.goldstein},
         {"target", e.target.empty() ? json(nullptr) : StoredActorJson(e.target)},
         {"verb", {{"begin", e.verb.begin}, {"end", e.verb.end}}},
         {"sentence_span", {{"begin", e.sentence_span.begin}, {"end", e.sentence_span.end}}},
         {"verb_entry", e.verb_entry},
         {"pattern_entry", e.pattern_entry},
         {"rule", e.pattern_entry.empty() ? e.verb_entry : e.pattern_entry},
         {"paired", e.paired},
         {"intent", e.intent},
         {"asserted_code", e.asserted_code},
         {"coder_run", e.coder_run},
         {"made_by", e.rule},
         {"quote", e.quote >= 0 ? json(e.quote) : json(nullptr)}};
  if (!e.sentence_text.empty()) j["sentence_text"] = e.sentence_text;
  return j;
}

namespace {
json SpanJson(Span s) {
  return json{{"begin", s.begin}, {"end", s.end}};
}
}  // namespace

json StoredQuoteJson(const StoredQuote& r) {
  const Quote& q = r.quote;
  const Speaker& sp = q.speaker;
  return json{{"article", r.article},
              {"ordinal", r.ordinal},
              {"date", IsoDay(r.date)},
              {"text", r.text},
              {"rule", std::string(QuoteRuleName(q.rule))},
              {"part_of", q.part_of >= 0 ? json(q.part_of) : json(nullptr)},
              {"paragraph", q.paragraph},
              {"closed", q.closed},
              {"ellipsis", q.has_ellipsis},
              {"bracket", q.has_bracket},
              {"inner", SpanJson(q.inner)},
              {"outer", SpanJson(q.outer)},
              {"attribution", SpanJson(q.attribution)},
              {"speaker",
               {{"kind", std::string(SpeakerKindName(sp.kind))},
                {"name", sp.name},
                {"canonical", sp.canonical},
                {"role", sp.role},
                {"affiliation", sp.affiliation},
                {"actor", sp.actor_code},
                {"mention", SpanJson(sp.mention)},
                {"introduced", SpanJson(sp.introduced)}}}};
}

}  // namespace dyad::cli
