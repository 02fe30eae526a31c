// Gold quotes: loading the corpus manifest and extra gold files, and scoring
// (see quote_gold.h). Quotes are matched by their exact words within an
// article, each gold quote at most once.
#include "quotes/quote_gold.h"

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "common/ascii.h"
#include "dyad/ingest.h"

namespace dyad::quotes {
namespace {

class Collect : public DocumentVisitor {
 public:
  void OnDocument(RawDocument doc) override { docs.push_back(std::move(doc)); }
  void OnProblem(const InputProblem& p) override { problems.push_back(p.ToString()); }
  std::vector<RawDocument> docs;
  std::vector<std::string> problems;
};

Result<std::string> ReadWholeFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IOError(path + ": cannot read");
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\n')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\n')) s.remove_suffix(1);
  return std::string(s);
}

std::vector<std::string> SplitTabs(const std::string& line) {
  std::vector<std::string> f;
  size_t at = 0;
  for (size_t tab; (tab = line.find('\t', at)) != std::string::npos; at = tab + 1)
    f.push_back(line.substr(at, tab - at));
  f.push_back(line.substr(at));
  return f;
}

std::string Unescape(const std::string& s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\\' && i + 1 < s.size() && s[i + 1] == 'n') {
      out += '\n';
      ++i;
    } else {
      out += s[i];
    }
  }
  return out;
}

std::string LastWord(std::string_view s) {
  size_t sp = s.rfind(' ');
  return LowerAscii(sp == std::string_view::npos ? s : s.substr(sp + 1));
}

std::string SpeakerLabel(const Speaker& s) {
  if (s.kind == SpeakerKind::kUnattributed) return "-";
  std::string out = s.canonical;
  out += " (";
  out += SpeakerKindName(s.kind);
  if (!s.actor_code.empty()) out += ", " + s.actor_code;
  out += ")";
  return out;
}

}  // namespace

Result<std::vector<GoldArticle>> LoadCorpusGold(const std::string& examples_dir) {
  const std::string manifest_path = examples_dir + "/corpus-manifest.json";
  auto raw = ReadWholeFile(manifest_path);
  if (!raw.ok()) return raw.status();
  nlohmann::json m = nlohmann::json::parse(*raw, nullptr, /*allow_exceptions=*/false);
  if (m.is_discarded() || !m.contains("articles"))
    return Status::Corruption(manifest_path + ": not a corpus manifest");
  std::map<std::string, std::vector<RawDocument>> files;
  std::vector<GoldArticle> out;
  for (const auto& a : m["articles"]) {
    const std::string file = a.value("file", "");
    const size_t index = a.value("index", 1);
    if (!files.count(file)) {
      Collect c;
      Status s = ReadPaths({examples_dir + "/" + file}, ReaderOptions(), c);
      if (!s.ok()) return s;
      files[file] = std::move(c.docs);
    }
    const auto& docs = files[file];
    if (index == 0 || index > docs.size())
      return Status::NotFound(file + ": no document " + std::to_string(index));
    auto article = ExtractArticle(docs[index - 1]);
    if (!article.ok()) return article.status();
    GoldArticle g;
    g.id = a.value("id", "");
    g.article = std::move(article).value();
    for (const auto& q : a["quotes"]) {
      GoldQuote gq;
      gq.text = q.value("text", "");
      if (q.contains("speaker") && q["speaker"].is_string()) gq.speaker = q["speaker"];
      if (q.contains("role") && q["role"].is_string()) gq.role = q["role"];
      if (q.contains("actor") && q["actor"].is_string()) gq.actor = q["actor"];
      gq.form = q.value("form", "");
      g.quotes.push_back(std::move(gq));
    }
    out.push_back(std::move(g));
  }
  return out;
}

Result<std::vector<GoldArticle>> LoadExtraGold(const std::string& path) {
  auto raw = ReadWholeFile(path);
  if (!raw.ok()) return raw.status();
  std::vector<GoldArticle> out;
  std::istringstream lines(*raw);
  int line_no = 0;
  for (std::string line; std::getline(lines, line);) {
    ++line_no;
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> f = SplitTabs(line);
    const std::string where = path + ":" + std::to_string(line_no);
    if (f[0] == "A" && f.size() == 4) {
      RawDocument doc;
      doc.source = where;
      doc.body = Unescape(f[3]);
      doc.published = f[2];
      auto article = ExtractArticle(doc);
      if (!article.ok()) return Status::InvalidArgument(where + ": " + article.status().ToString());
      GoldArticle g;
      g.id = f[1];
      g.article = std::move(article).value();
      out.push_back(std::move(g));
    } else if (f[0] == "Q" && f.size() == 4 && !out.empty()) {
      GoldQuote q;
      q.form = f[1];
      if (f[2] != "-") q.speaker = f[2];
      q.text = f[3];
      out.back().quotes.push_back(std::move(q));
    } else {
      return Status::InvalidArgument(where + ": expected an A or Q line with 4 fields");
    }
  }
  return out;
}

bool SpeakerMatches(const GoldQuote& gold, const Speaker& got) {
  if (!gold.speaker)
    return got.kind == SpeakerKind::kUnattributed || got.kind == SpeakerKind::kAnonymous;
  if (got.kind == SpeakerKind::kUnattributed || got.kind == SpeakerKind::kAnonymous) return false;
  const std::string want = LowerAscii(*gold.speaker);
  const std::string have = LowerAscii(got.canonical);
  if (want == have) return true;
  if (got.kind == SpeakerKind::kPerson) return false;
  // An organisation or document: its head noun in the gold name or role,
  // or at least half of its content words in the gold name ("Germany and
  // Britain" for "France, Germany and the United Kingdom"; a spun "Ministry
  // of National Protection" for the "Ministry of National Defence").
  const std::string head = LastWord(have);
  if (head.size() >= 3) {
    const std::string role = LowerAscii(gold.role);
    if (want.find(head) != std::string::npos || role.find(head) != std::string::npos) return true;
  }
  int words = 0, shared = 0;
  for (const Token& t : Tokenize(have)) {
    std::string_view v = t.view(have);
    if (t.kind != TokenKind::kWord || v == "and" || v == "the" || v == "of" || v == "'s") continue;
    ++words;
    if (want.find(v) != std::string::npos) ++shared;
  }
  return words > 0 && 2 * shared >= words;
}

void EvaluateQuotes(const std::vector<GoldArticle>& articles, const QuoteOptions& options,
                    QuoteEvaluation* eval) {
  for (const GoldArticle& g : articles) {
    std::vector<Quote> got = ExtractQuotes(g.article, options);
    std::vector<bool> used(g.quotes.size(), false);
    for (const GoldQuote& q : g.quotes) {
      ++eval->all.gold;
      ++eval->by_form[q.form].gold;
    }
    for (const Quote& q : got) {
      const std::string words = Trim(q.inner.view(g.article.text));
      const std::string rule(QuoteRuleName(q.rule));
      ++eval->all.found;
      ++eval->by_rule[rule].found;
      QuoteOutcome o;
      o.article = g.id;
      o.text = words;
      o.form_or_rule = rule;
      o.got_speaker = SpeakerLabel(q.speaker);
      o.gold_speaker = "?";
      for (size_t k = 0; k < g.quotes.size(); ++k) {
        if (used[k] || Trim(g.quotes[k].text) != words) continue;
        used[k] = true;
        const GoldQuote& gq = g.quotes[k];
        o.matched = true;
        o.form_or_rule = gq.form;
        o.gold_speaker = gq.speaker.value_or("-");
        o.speaker_ok = SpeakerMatches(gq, q.speaker);
        for (QuoteCounts* c : {&eval->all, &eval->by_form[gq.form], &eval->by_rule[rule]}) {
          ++c->matched;
          if (o.speaker_ok) ++c->speaker_ok;
        }
        break;
      }
      eval->outcomes.push_back(std::move(o));
    }
    for (size_t k = 0; k < g.quotes.size(); ++k) {
      if (used[k]) continue;
      QuoteOutcome o;
      o.article = g.id;
      o.text = g.quotes[k].text;
      o.form_or_rule = g.quotes[k].form;
      o.gold_speaker = g.quotes[k].speaker.value_or("-");
      eval->outcomes.push_back(std::move(o));
    }
  }
}

}  // namespace dyad::quotes
